#include "workflow/bench/BenchWorklist.h"

#include "domain/catalogue/Catalogue.h"
#include "workflow/bench/ResultStep.h"

#include <QSet>

namespace sgl::workflow::bench {

using namespace sgl::domain;

BenchWorklist::BenchWorklist(storage::Database &db, UserSession session)
    : m_db(db), m_session(std::move(session)), m_actor(AuditActor::fromSession(m_session))
{
}

Result<QList<storage::WorklistItem>> BenchWorklist::load(const storage::WorklistFilter &filter)
{
    if (auto ok = ResultStep::requireBenchRead(m_session); !ok)
        return std::unexpected(ok.error());
    return m_db.write([&](storage::WriteTx &tx) { return storage::WorklistRepository::load(tx, filter, m_actor); });
}

Result<QList<storage::WorklistItem>> BenchWorklist::forAnalyzer(const storage::WorklistFilter &filter,
                                                                const QString &analyzer)
{
    if (auto ok = ResultStep::requireBenchRead(m_session); !ok)
        return std::unexpected(ok.error());
    return m_db.write([&](storage::WriteTx &tx) -> Result<QList<storage::WorklistItem>> {
        auto catalogue = m_catalogue.current(tx);
        if (!catalogue)
            return std::unexpected(catalogue.error());
        QSet<QString> codes;
        for (const Analysis &a : (*catalogue)->analyses)
            for (const AnalyzerMapping &m : a.analyzerMappings)
                if (m.analyzer == analyzer)
                    codes.insert(a.localCode);
        auto items = storage::WorklistRepository::load(tx, filter, m_actor);
        if (!items)
            return std::unexpected(items.error());
        QList<storage::WorklistItem> out;
        for (const storage::WorklistItem &i : *items)
            if (codes.contains(i.analysisCode))
                out << i;
        return out;
    });
}

Result<QMap<QString, int>> BenchWorklist::counts(const storage::WorklistFilter &filter)
{
    if (auto ok = ResultStep::requireBenchRead(m_session); !ok)
        return std::unexpected(ok.error());
    return m_db.read([&](storage::ReadTx &tx) { return storage::WorklistRepository::countsByBench(tx, filter); });
}

Result<QList<Bench>> BenchWorklist::benches()
{
    if (auto ok = ResultStep::requireBenchRead(m_session); !ok)
        return std::unexpected(ok.error());
    return m_db.read([&](storage::ReadTx &tx) -> Result<QList<Bench>> {
        auto catalogue = m_catalogue.current(tx);
        if (!catalogue)
            return std::unexpected(catalogue.error());
        return (*catalogue)->benches;
    });
}

Result<QStringList> BenchWorklist::analyzers()
{
    if (auto ok = ResultStep::requireBenchRead(m_session); !ok)
        return std::unexpected(ok.error());
    return m_db.read([&](storage::ReadTx &tx) -> Result<QStringList> {
        auto catalogue = m_catalogue.current(tx);
        if (!catalogue)
            return std::unexpected(catalogue.error());
        QSet<QString> names;
        for (const Analysis &a : (*catalogue)->analyses)
            for (const AnalyzerMapping &m : a.analyzerMappings)
                names.insert(m.analyzer);
        QStringList out(names.begin(), names.end());
        out.sort();
        return out;
    });
}

} // namespace sgl::workflow::bench
