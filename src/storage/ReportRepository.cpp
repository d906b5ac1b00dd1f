#include "storage/ReportRepository.h"

#include "storage/ErrorCodes.h"

namespace sgl::storage {

using namespace Qt::StringLiterals;
using domain::ReportVersion;

namespace {

const QString kColumns = u"id, dossier_id, set_id, document_id, version_number, status, partial, "
                         u"replaces_document_id, amendment_reason, created_by, created_at, dmp_withheld, withhold_reason, "
                         u"masked_to_professionals, hidden_until_announcement, hidden_from_legal_representatives, "
                         u"patient_mss"_s;

ReportVersion::Status statusFrom(const QString &code)
{
    if (code == u"issued"_s)
        return ReportVersion::Status::Issued;
    if (code == u"replaced"_s)
        return ReportVersion::Status::Replaced;
    if (code == u"withdrawn"_s)
        return ReportVersion::Status::Withdrawn;
    return ReportVersion::Status::Draft;
}

domain::Result<QList<ReportVersion>> select(ReadTx &tx, const QString &tail, const QVariantList &binds)
{
    auto q = tx.query(u"SELECT %1 FROM report_versions %2"_s.arg(kColumns, tail), binds);
    if (!q)
        return std::unexpected(q.error());
    QList<ReportVersion> out;
    while (q->next()) {
        ReportVersion v;
        v.id = q->value(0).toLongLong();
        v.dossierId = q->value(1).toLongLong();
        v.setId = q->value(2).toString();
        v.documentId = q->value(3).toString();
        v.versionNumber = q->value(4).toInt();
        v.status = statusFrom(q->value(5).toString());
        v.partial = q->value(6).toInt() != 0;
        v.replacesDocumentId = q->value(7).toString();
        v.amendmentReason = q->value(8).toString();
        v.createdBy = q->value(9).toString();
        v.createdAt = tx.dialect().dateTimeFromDb(q->value(10));
        v.sharing.dmpWithheld = q->value(11).toInt() != 0;
        v.sharing.withholdReason = q->value(12).toString();
        v.sharing.maskedToProfessionals = q->value(13).toInt() != 0;
        v.sharing.hiddenFromPatientUntilAnnouncement = q->value(14).toInt() != 0;
        v.sharing.hiddenFromLegalRepresentatives = q->value(15).toInt() != 0;
        v.sharing.sendToPatientMss = q->value(16).toInt() != 0;
        out.append(v);
    }
    return out;
}

} // namespace

domain::Status ReportRepository::insert(WriteTx &tx, ReportVersion &v)
{
    if (!v.isConsistent())
        return domain::fail(errc::Constraint,
                            u"Version de compte rendu incohérente (identifiants, version remplacée ou motif de rectification manquants)."_s);
    QVariant amendedOf;
    if (v.versionNumber > 1) {
        auto prev = select(tx, u"WHERE document_id = ? AND dossier_id = ?"_s, {v.replacesDocumentId, v.dossierId});
        if (!prev)
            return std::unexpected(prev.error());
        if (prev->isEmpty())
            return domain::fail(errc::NotFound,
                                u"La version remplacée %1 n'existe pas pour ce dossier."_s.arg(v.replacesDocumentId));
        amendedOf = prev->first().id;
        auto upd = tx.exec(u"UPDATE report_versions SET status = 'replaced' WHERE id = ?"_s, {amendedOf});
        if (!upd)
            return std::unexpected(upd.error());
    }
    v.createdAt = QDateTime::currentDateTimeUtc();
    auto id = tx.insert(u"INSERT INTO report_versions (dossier_id, set_id, document_id, version_number, status, "
                        u"partial, replaces_document_id, amendment_reason, amended_of, created_by, created_at, "
                        u"dmp_withheld, withhold_reason, masked_to_professionals, hidden_until_announcement, "
                        u"hidden_from_legal_representatives, patient_mss) "
                        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        {v.dossierId, v.setId, v.documentId, v.versionNumber, domain::reportVersionStatusCode(v.status),
                         v.partial ? 1 : 0, v.replacesDocumentId, v.amendmentReason, amendedOf, v.createdBy,
                         tx.dialect().toDb(v.createdAt), v.sharing.dmpWithheld ? 1 : 0,
                         v.sharing.dmpWithheld ? v.sharing.withholdReason.trimmed() : QString(),
                         v.sharing.maskedToProfessionals ? 1 : 0, v.sharing.hiddenFromPatientUntilAnnouncement ? 1 : 0,
                         v.sharing.hiddenFromLegalRepresentatives ? 1 : 0, v.sharing.sendToPatientMss ? 1 : 0});
    if (!id)
        return std::unexpected(id.error());
    v.id = *id;
    return {};
}

domain::Result<QList<ReportVersion>> ReportRepository::forDossier(ReadTx &tx, qint64 dossierId)
{
    return select(tx, u"WHERE dossier_id = ? ORDER BY version_number"_s, {dossierId});
}

domain::Result<std::optional<ReportVersion>> ReportRepository::current(ReadTx &tx, qint64 dossierId)
{
    auto rows = select(tx, u"WHERE dossier_id = ? AND status = 'issued' ORDER BY version_number DESC"_s, {dossierId});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::optional<ReportVersion>{};
    return std::optional<ReportVersion>{rows->first()};
}

domain::Result<QList<ReportVersion>> ReportRepository::recent(ReadTx &tx, int limit)
{
    return select(tx, u"ORDER BY id DESC LIMIT ?"_s, {limit});
}

domain::Result<ReportVersion> ReportRepository::get(ReadTx &tx, qint64 id)
{
    auto rows = select(tx, u"WHERE id = ?"_s, {id});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return domain::fail(errc::NotFound, u"Version de compte rendu %1 introuvable."_s.arg(id));
    return rows->first();
}

domain::Status ReportRepository::updateMasks(WriteTx &tx, qint64 id, const domain::SharingChoices &expected,
                                            const domain::SharingChoices &masks)
{
    const auto flag = [](bool b) { return b ? 1 : 0; };
    return tx.execVersioned(u"UPDATE report_versions SET masked_to_professionals = ?, hidden_until_announcement = ?, "
                            "hidden_from_legal_representatives = ? WHERE id = ? AND masked_to_professionals = ? "
                            "AND hidden_until_announcement = ? AND hidden_from_legal_representatives = ?"_s,
                            {flag(masks.maskedToProfessionals), flag(masks.hiddenFromPatientUntilAnnouncement),
                             flag(masks.hiddenFromLegalRepresentatives), id, flag(expected.maskedToProfessionals),
                             flag(expected.hiddenFromPatientUntilAnnouncement),
                             flag(expected.hiddenFromLegalRepresentatives)},
                            u"le masquage de la version de compte rendu %1"_s.arg(id));
}

} // namespace sgl::storage
