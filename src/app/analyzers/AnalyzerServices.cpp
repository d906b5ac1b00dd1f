#include "app/analyzers/AnalyzerServices.h"

#include "workflow/analyzers/AnalyzerProfileStore.h"
#include "workflow/analyzers/HeldResults.h"
#include "workflow/catalogue/CatalogueAdmin.h"

#include <algorithm>

namespace sgl::app {

AnalyzerServices::AnalyzerServices(storage::Database &db, const domain::UserSession &session,
                                   workflow::CatalogueAdmin *catalogue, AnalyzerLinkMonitor *monitor)
    : m_session(session),
      m_profiles(std::make_unique<workflow::analyzers::AnalyzerProfileStore>(db, session)),
      m_held(std::make_unique<workflow::analyzers::HeldResults>(db, session)),
      m_catalogue(catalogue),
      m_monitor(monitor)
{
}

AnalyzerServices::~AnalyzerServices() = default;

domain::Result<QList<AnalysisChoice>> AnalyzerServices::analyses()
{
    QList<AnalysisChoice> choices;
    if (!m_catalogue)
        return choices;
    auto catalogue = m_catalogue->load();
    if (!catalogue)
        return std::unexpected(catalogue.error());
    for (const domain::Analysis &analysis : catalogue->analyses) {
        if (!analysis.retired)
            choices.append({analysis.localCode, analysis.label});
    }
    std::ranges::sort(choices, {}, &AnalysisChoice::code);
    return choices;
}

} // namespace sgl::app
