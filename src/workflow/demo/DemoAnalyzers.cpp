#include "workflow/demo/DemoAnalyzers.h"

#include "workflow/Tr.h"
#include "workflow/analyzers/AnalyzerProfileStore.h"

using namespace Qt::StringLiterals;

namespace sgl::workflow {

domain::Result<int> DemoAnalyzers::seed(storage::Database &db, const domain::UserSession &admin)
{
    analyzers::AnalyzerProfileStore store(db, admin);
    if (auto installed = store.installShipped(); !installed)
        return std::unexpected(installed.error());

    struct DemoLink {
        QString name;
        QString from;
        QString label;
        int port;
        bool catalogueCodesOnly;
    };
    const QList<DemoLink> links{
        {u"xn-demo"_s, u"sysmex-xn"_s, Tr::tr("Sysmex XN (démonstration) — hématologie"), kXnPort, false},
        // The simulator sends the cobas mnemonic codes the demo catalogue declares (COBAS=GLUC3...):
        // the shipped profile's numeric e-module codes are left out.
        {u"cobas-demo"_s, u"roche-cobas-pro"_s, Tr::tr("cobas pro (démonstration) — biochimie"), kCobasPort, true},
    };
    for (const DemoLink &l : links) {
        auto base = store.get(l.from);
        if (!base)
            return std::unexpected(base.error());
        domain::analyzer::AnalyzerProfile p = *base;
        p.name = l.name;
        p.label = l.label;
        p.transport.kind = domain::analyzer::TransportKind::TcpServer;
        p.transport.host = u"127.0.0.1"_s;
        p.transport.port = l.port;
        p.active = true;
        p.version = 0;
        if (l.catalogueCodesOnly)
            p.codeMappings.clear();
        if (auto saved = store.save(p, Tr::tr("Automate du laboratoire de démonstration")); !saved)
            return std::unexpected(saved.error());
    }
    auto all = store.list();
    if (!all)
        return std::unexpected(all.error());
    return int(all->size());
}

} // namespace sgl::workflow
