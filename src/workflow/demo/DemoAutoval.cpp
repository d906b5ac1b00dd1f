#include "workflow/demo/DemoAutoval.h"

#include "domain/autoval/DemoRuleSet.h"
#include "storage/CatalogueRepository.h"
#include "storage/Database.h"
#include "storage/ValidationQueueRepository.h"
#include "workflow/Tr.h"
#include "workflow/autoval/AutoValidation.h"
#include "workflow/autoval/AutovalSettings.h"
#include "workflow/autoval/RuleSetAdmin.h"

namespace sgl::workflow {

domain::Result<int> DemoAutoval::seed(storage::Database &db, const domain::UserSession &admin,
                                      const domain::UserSession &technician, const QString &responsibleLogin)
{
    // Part of the demo catalogue's version (no version of its own): results keep naming the current one.
    const domain::AuditActor actor = domain::AuditActor::fromSession(admin);
    auto saved = db.write([&](storage::WriteTx &tx) -> domain::Result<autoval::RuleSetRecord> {
        auto version = storage::CatalogueRepository::currentVersionId(tx);
        if (!version)
            return std::unexpected(version.error());
        return autoval::RuleSetAdmin::saveIn(tx, actor, domain::autoval::DemoRuleSet::build(),
                                             Tr::tr("Règles de démonstration du laboratoire"), *version);
    });
    if (!saved)
        return std::unexpected(saved.error());
    autoval::AutovalSettings settings(db, admin);
    auto current = settings.load();
    if (!current)
        return std::unexpected(current.error());
    if (auto s = settings.save(autoval::autovalModeCode(autoval::AutovalMode::Shadow), responsibleLogin, current->version); !s)
        return std::unexpected(s.error());
    auto queue = db.read([](storage::ReadTx &tx) { return storage::ValidationQueueRepository::candidates(tx, 500); });
    if (!queue)
        return std::unexpected(queue.error());
    QList<qint64> ids;
    for (const storage::ValidationQueueEntry &e : *queue)
        ids << e.dossierId;
    auto done = autoval::AutoValidation(db, technician).afterTechnicalValidation(ids);
    if (!done)
        return std::unexpected(done.error());
    for (const auto &one : *done)
        if (!one)
            return std::unexpected(one.error());
    return static_cast<int>(done->size());
}

} // namespace sgl::workflow
