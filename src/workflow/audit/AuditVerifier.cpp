#include "workflow/audit/AuditVerifier.h"

#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "workflow/audit/AuditAnchoring.h"
#include "workflow/auth/PermissionGuard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sgl::workflow {

domain::Result<AuditVerifier::Report> AuditVerifier::verify(const domain::UserSession &by,
                                                             const Anchors *anchors)
{
    if (auto ok = requirePermission(by, domain::Permission::AuditVerify); !ok)
        return std::unexpected(ok.error());
    return run(domain::AuditActor::fromSession(by), anchors);
}

domain::Result<AuditVerifier::Report> AuditVerifier::verifyAsSystem(const domain::AuditActor &actor,
                                                                    const Anchors *anchors)
{
    return run(actor, anchors);
}

domain::Result<AuditVerifier::Report> AuditVerifier::run(const domain::AuditActor &actor,
                                                         const Anchors *anchors)
{
    domain::AuditChain chain;
    std::optional<domain::AuditAnchorLog::Outcome> anchorOutcome;
    auto walked = m_db.read([&](storage::ReadTx &tx) -> domain::Status {
        auto f = storage::AuditRepository::forEach(
            tx, [&](const domain::AuditEntry &e) { chain.feed(e); });
        if (!f)
            return f;
        auto h = storage::AuditRepository::head(tx);
        if (!h)
            return std::unexpected(h.error());
        chain.finish(h->first, h->second);
        if (anchors) {
            auto checked = AuditAnchoring::check(tx, anchors->entries, anchors->key, anchors->label);
            if (!checked)
                return std::unexpected(checked.error());
            anchorOutcome = std::move(*checked);
        }
        return {};
    });
    if (!walked)
        return std::unexpected(walked.error());
    Report report{chain.rowsChecked(), chain.problems(), anchorOutcome};
    auto problemsJson = [](const QList<domain::AuditChain::Problem> &problems) {
        QJsonArray rows;
        for (const auto &p : problems)
            rows.append(QJsonObject{{u"seq"_s, p.seq}, {u"kind"_s, p.kind}});
        return rows;
    };
    QJsonObject outcome{{u"rowsChecked"_s, report.rowsChecked},
                        {u"problems"_s, problemsJson(report.problems)}};
    if (report.anchors) {
        outcome.insert(u"anchorsChecked"_s, report.anchors->anchorsChecked);
        outcome.insert(u"anchorProblems"_s, problemsJson(report.anchors->problems));
        outcome.insert(u"anchorKey"_s, !anchors->key.isEmpty());
    }
    const QString after =
        QString::fromUtf8(QJsonDocument(outcome).toJson(QJsonDocument::Compact));
    // A damaged chain is still appended to: the new row links to the recorded head.
    auto logged = m_db.write([&](storage::WriteTx &tx) -> domain::Status {
        auto a = storage::AuditRepository::append(tx, actor, u"audit.verify"_s, u"audit"_s,
                                                  u"*"_s, {}, after);
        if (!a)
            return std::unexpected(a.error());
        return {};
    });
    if (!logged)
        return std::unexpected(logged.error());
    return report;
}

} // namespace sgl::workflow
