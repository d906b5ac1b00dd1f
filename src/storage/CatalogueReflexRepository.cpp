#include "storage/CatalogueReflexRepository.h"

#include "storage/CatalogueRepository.h"
#include "storage/ErrorCodes.h"

#include <QSqlQuery>
#include <QVariant>

namespace sgl::storage {

using namespace sgl::domain;

namespace {

// Value-option codes are short identifiers ("POS", "P1"); '|' is the list separator of the
// catalogue exchange formats too.
const QChar kCodedSeparator = QLatin1Char('|');

QVariantList ruleBinds(const WriteTx &tx, const ReflexRule &r)
{
    return {r.label,
            r.triggerCode,
            reflexConditionCode(r.condition),
            r.threshold ? QVariant(*r.threshold) : QVariant(QMetaType::fromType<double>()),
            r.codedValues.join(kCodedSeparator),
            r.addCode,
            tx.dialect().toDb(r.automatic),
            tx.dialect().toDb(r.active)};
}

} // namespace

Result<QList<ReflexRule>> CatalogueReflexRepository::load(ReadTx &tx)
{
    auto q = tx.query(QStringLiteral("SELECT code, label, trigger_code, condition, threshold, coded_values, add_code, "
                                     "automatic, active FROM catalogue_reflex_rules ORDER BY sort_order, id"));
    if (!q)
        return std::unexpected(q.error());
    QList<ReflexRule> out;
    while (q->next()) {
        ReflexRule r;
        r.code = q->value(0).toString();
        r.label = q->value(1).toString();
        r.triggerCode = q->value(2).toString();
        const auto condition = reflexConditionFromCode(q->value(3).toString());
        if (!condition) // the CHECK constraint makes this a damaged database, not user input
            return fail(errc::Corrupt,
                        QStringLiteral("Condition inconnue « %1 » pour la règle réflexe %2.")
                            .arg(q->value(3).toString(), r.code));
        r.condition = *condition;
        if (!q->value(4).isNull())
            r.threshold = q->value(4).toDouble();
        r.codedValues = q->value(5).toString().split(kCodedSeparator, Qt::SkipEmptyParts);
        r.addCode = q->value(6).toString();
        r.automatic = tx.dialect().boolFromDb(q->value(7));
        r.active = tx.dialect().boolFromDb(q->value(8));
        out << r;
    }
    return out;
}

Result<CatalogueReflexRepository::SaveCounts> CatalogueReflexRepository::save(WriteTx &tx,
                                                                             const QList<ReflexRule> &stored,
                                                                             const QList<ReflexRule> &target,
                                                                             qint64 versionId)
{
    SaveCounts counts;
    auto storedRule = [&](const QString &code) -> const ReflexRule * {
        for (const ReflexRule &r : stored)
            if (r.code == code)
                return &r;
        return nullptr;
    };
    for (const ReflexRule &r : target) {
        const ReflexRule *old = storedRule(r.code);
        if (old && *old == r)
            continue;
        if (!old) {
            QVariantList binds{r.code};
            binds << ruleBinds(tx, r) << versionId;
            auto id = tx.insert(
                QStringLiteral("INSERT INTO catalogue_reflex_rules (code, label, trigger_code, condition, threshold, "
                               "coded_values, add_code, automatic, active, version_id, sort_order) VALUES "
                               "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                               "(SELECT COALESCE(MAX(sort_order), 0) + 1 FROM catalogue_reflex_rules))"),
                binds);
            if (!id)
                return std::unexpected(id.error());
            if (auto s = CatalogueRepository::logChange(tx, versionId, QStringLiteral("reflex"), r.code,
                                                        QStringLiteral("created"), {});
                !s)
                return std::unexpected(s.error());
            ++counts.created;
            continue;
        }
        QVariantList binds = ruleBinds(tx, r);
        binds << versionId << r.code;
        auto updated = tx.exec(QStringLiteral("UPDATE catalogue_reflex_rules SET label = ?, trigger_code = ?, condition = ?, "
                                              "threshold = ?, coded_values = ?, add_code = ?, automatic = ?, active = ?, "
                                              "version_id = ? WHERE code = ?"),
                               binds);
        if (!updated)
            return std::unexpected(updated.error());
        if (auto s = CatalogueRepository::logChange(tx, versionId, QStringLiteral("reflex"), r.code,
                                                    QStringLiteral("updated"), old->changedFields(r));
            !s)
            return std::unexpected(s.error());
        ++counts.updated;
    }
    return counts;
}

Result<bool> CatalogueReflexRepository::remove(WriteTx &tx, const QString &code, qint64 versionId)
{
    auto deleted = tx.exec(QStringLiteral("DELETE FROM catalogue_reflex_rules WHERE code = ?"), {code});
    if (!deleted)
        return std::unexpected(deleted.error());
    if (*deleted == 0)
        return false;
    if (auto s = CatalogueRepository::logChange(tx, versionId, QStringLiteral("reflex"), code,
                                                QStringLiteral("deleted"), {});
        !s)
        return std::unexpected(s.error());
    return true;
}

Result<bool> CatalogueReflexRepository::lockDossier(WriteTx &tx, qint64 dossierId)
{
    auto q = tx.query(QStringLiteral("SELECT id FROM dossiers WHERE id = ?") + tx.dialect().forUpdate(), {dossierId});
    if (!q)
        return std::unexpected(q.error());
    const bool found = q->next();
    q->finish();
    return found;
}

} // namespace sgl::storage
