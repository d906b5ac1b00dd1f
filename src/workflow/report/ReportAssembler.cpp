#include "workflow/report/ReportAssembler.h"

#include "domain/catalogue/CatalogueLookup.h"
#include "domain/catalogue/RangeResolver.h"
#include "domain/lab/Dossier.h"
#include "domain/lab/LabResult.h"
#include "domain/lab/ResultHistoryEntry.h"
#include "domain/lab/ValidationState.h"
#include "domain/lab/Specimen.h"
#include "interop/cda/SubcontractorCdaReader.h"
#include "interop/cda/SubcontractorMerge.h"
#include "storage/CatalogueRepository.h"
#include "storage/CommentRepository.h"
#include "storage/Database.h"
#include "storage/DossierRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ReceivedDocumentRepository.h"
#include "storage/ResultHistoryRepository.h"
#include "storage/ResultRepository.h"
#include "storage/UserRepository.h"
#include "workflow/ErrorCodes.h"

#include <QHash>
#include <QMap>

namespace sgl::workflow::report {

using namespace Qt::StringLiterals;
using domain::ReportObservation;

namespace {

/** What the report needs of an analysis: its catalogue definition and where it is printed. */
struct AnalysisInfo {
    domain::Analysis analysis;
    QString chapterLoinc, chapterTitle, batteryKey, batteryLabel, batteryLoinc;
};

/**
 * The definition the result was produced with (catalogue version stored with the result), else
 * the current one; its exam (battery) and top chapter (CR-BIO section) from the current
 * catalogue. nullopt when the catalogue does not know the analysis.
 */
domain::Result<std::optional<AnalysisInfo>> describe(storage::ReadTx &tx, const domain::CatalogueLookup &catalogue,
                                                     const domain::LabResult &r)
{
    AnalysisInfo info;
    std::optional<domain::Analysis> definition;
    if (r.catalogueVersionId > 0) {
        auto at = storage::CatalogueRepository::analysisAt(tx, r.analysisCode, r.catalogueVersionId);
        if (!at)
            return std::unexpected(at.error());
        definition = *at;
    }
    if (!definition) {
        const domain::Analysis *current = catalogue.analysis(r.analysisCode);
        if (!current)
            return std::optional<AnalysisInfo>{};
        definition = *current;
    }
    info.analysis = *definition;
    if (const domain::Exam *exam = catalogue.examOf(r.analysisCode)) {
        info.batteryKey = exam->code;
        info.batteryLabel = exam->label;
        info.batteryLoinc = exam->loinc;
    }
    // Without a chapter LOINC the requirements check refuses the report and names the chapter.
    if (const domain::Chapter *section = catalogue.sectionOf(r.analysisCode)) {
        info.chapterLoinc = section->loinc;
        info.chapterTitle = section->label;
    } else {
        info.chapterTitle = u"Résultats"_s;
    }
    return std::optional(info);
}

/** The patient's reference interval, in the analysis' unit with its decimals (RangeResolver rules). */
std::optional<domain::ReferenceInterval> interval(const domain::Analysis &a, const domain::Patient &p, QDate collected)
{
    const auto range = domain::RangeResolver::resolve(a.ranges, p.traits.sex, p.traits.birthDate, collected);
    if (!range || (!range->low && !range->high && range->text.isEmpty()))
        return std::nullopt;
    auto format = [&](std::optional<double> v) {
        if (!v)
            return QString();
        return a.decimals >= 0 ? QString::number(*v, 'f', a.decimals) : QString::number(*v, 'g', 12);
    };
    return domain::ReferenceInterval{format(range->low), format(range->high), a.unit, range->text};
}

} // namespace

domain::HealthProfessional ReportAssembler::professionalFromDisplayName(const QString &displayName, const QString &rpps)
{
    domain::HealthProfessional p;
    p.rpps = rpps.trimmed();
    QStringList given;
    QStringList family;
    for (const QString &word : displayName.split(u' ', Qt::SkipEmptyParts)) {
        const QString bare = QString(word).remove(u'.');
        if (bare.compare(u"Dr"_s, Qt::CaseInsensitive) == 0 || bare.compare(u"Pr"_s, Qt::CaseInsensitive) == 0)
            p.prefix = bare.left(1).toUpper() + bare.mid(1).toLower();
        else if (word.size() > 1 && word == word.toUpper())
            family << word;
        else
            given << word;
    }
    if (family.isEmpty() && !given.isEmpty())
        family << given.takeLast();
    p.givenName = given.join(u' ');
    p.familyName = family.join(u' ');
    // Users with an RPPS who sign lab reports are biologists (TRE_G15 "Médecin - Biologie médicale").
    p.specialtyCode = u"G15_10/SM03"_s;
    p.specialtyDisplay = u"Médecin - Biologie médicale (SM)"_s;
    return p;
}

domain::Result<domain::ReportContent> ReportAssembler::assemble(qint64 dossierId, const QString &signer,
                                                                const domain::AuditActor &actor)
{
    return m_db.write([&](storage::WriteTx &tx) { return assembleIn(tx, dossierId, signer, actor); });
}

domain::Result<domain::ReportContent> ReportAssembler::assembleIn(storage::WriteTx &tx, qint64 dossierId,
                                                                  const QString &signer,
                                                                  const domain::AuditActor &actor) const
{
    auto dossier = storage::DossierRepository::get(tx, dossierId, actor);
    if (!dossier)
        return std::unexpected(dossier.error());
    return assembleIn(tx, *dossier, signer, actor);
}

domain::Result<domain::ReportContent> ReportAssembler::assembleIn(storage::WriteTx &tx, const domain::Dossier &dossierRead,
                                                                  const QString &signer,
                                                                  const domain::AuditActor &actor) const
{
    domain::ReportContent c;
    const qint64 dossierId = dossierRead.id;
    const domain::Dossier *dossier = &dossierRead;
    auto loaded = [&]() -> domain::Status {
        auto patient = storage::PatientRepository::get(tx, dossier->patientId, actor);
        if (!patient)
            return std::unexpected(patient.error());
        auto results = storage::ResultRepository::forDossier(tx, dossierId, actor);
        if (!results)
            return std::unexpected(results.error());
        auto specimens = storage::DossierRepository::specimens(tx, dossierId);
        if (!specimens)
            return std::unexpected(specimens.error());
        // Results whose last validation was the laboratory's auto-validation rules (active mode).
        auto steps = storage::ResultHistoryRepository::forDossier(tx, dossierId);
        if (!steps)
            return std::unexpected(steps.error());
        QHash<qint64, bool> autoValidated;
        for (const domain::ResultHistoryEntry &h : *steps) // oldest first: the last validation wins
            if (h.action == domain::validationActionCode(domain::ValidationAction::Validate))
                autoValidated.insert(h.resultId, h.reason == domain::autoValidatedReason());
        // The biologists' comments: only printed, unremoved ones reach the report; internal ones
        // never leave the laboratory (neither the CDA nor the PDF).
        auto comments = storage::CommentRepository::forDossier(tx, dossierId, actor);
        if (!comments)
            return std::unexpected(comments.error());
        QHash<qint64, QStringList> printedComments; // result id (0: the dossier) -> texts, oldest first
        for (const domain::DossierComment &dc : std::as_const(*comments))
            if (dc.onReport())
                printedComments[dc.resultId] << dc.text;
        auto catalogue = storage::CatalogueRepository::loadCurrent(tx);
        if (!catalogue)
            return std::unexpected(catalogue.error());
        const domain::CatalogueLookup lookup(std::move(*catalogue));

        QHash<QString, std::optional<domain::HealthProfessional>> users;
        auto professional = [&](const QString &login) -> std::optional<domain::HealthProfessional> {
            if (login.isEmpty())
                return std::nullopt;
            if (!users.contains(login)) {
                auto u = storage::UserRepository::findByLogin(tx, login);
                users.insert(login, u && *u ? std::optional(professionalFromDisplayName((*u)->displayName, (*u)->rpps))
                                            : std::nullopt);
            }
            return users.value(login);
        };

        c.patient = *patient;
        c.patientIppRoot = m_settings.ippRoot();
        c.laboratory = m_settings.laboratory;
        c.orderId = dossier->number;
        c.orderIdRoot = m_settings.orderRoot();
        c.dossierNumber = dossier->number;
        c.specimenIdRoot = m_settings.specimenRoot();
        c.effectiveTime = QDateTime::currentDateTime();
        c.stylesheetHref = u"sgl-crbio.xsl"_s;
        if (auto s = professional(signer)) {
            c.author = *s;
            c.legalAuthenticator = *s;
        } else {
            return domain::fail(errc::ReportUnknownSigner, u"Biologiste signataire « %1 » inconnu."_s.arg(signer));
        }
        if (!dossier->prescriberName.isEmpty() || !dossier->prescriberRpps.isEmpty()) {
            c.prescriber = professionalFromDisplayName(dossier->prescriberName, dossier->prescriberRpps);
            c.prescriber->specialtyCode.clear();
            c.prescriber->specialtyDisplay.clear();
            c.prescribedAt = dossier->createdAt.toLocalTime();
        }
        QHash<qint64, domain::Specimen> specimenById;
        for (const auto &s : *specimens) {
            specimenById.insert(s.id, s);
            if (s.collectedAt.isValid() && (!c.collectedAt.isValid() || s.collectedAt < c.collectedAt))
                c.collectedAt = s.collectedAt.toLocalTime();
            if (s.receivedAt.isValid() && (!c.receivedAt.isValid() || s.receivedAt < c.receivedAt))
                c.receivedAt = s.receivedAt.toLocalTime();
        }
        c.encounterStart = c.collectedAt;

        QMap<QString, int> chapterIndex; // chapter LOINC -> index
        QHash<QString, QPair<int, int>> batteryIndex;
        int validated = 0;
        // Every analysis must be known to the catalogue: the refusal lists all those that are not.
        QList<AnalysisInfo> infos;
        QStringList unknown;
        for (const domain::LabResult &r : *results) {
            auto info = describe(tx, lookup, r);
            if (!info)
                return std::unexpected(info.error());
            if (!*info) {
                if (!unknown.contains(r.analysisCode))
                    unknown << r.analysisCode;
                continue;
            }
            infos.append(**info);
        }
        if (!unknown.isEmpty())
            return domain::fail(errc::ReportUnknownAnalysis,
                                u"Analyse(s) absente(s) du catalogue : %1. Compte rendu du dossier %2 impossible "
                                "(ajouter ces analyses au catalogue)."_s.arg(unknown.join(u", "_s), dossier->number));
        for (qsizetype i = 0; i < results->size(); ++i) {
            const domain::LabResult &r = results->at(i);
            const AnalysisInfo *info = &infos[i];
            if (!chapterIndex.contains(info->chapterLoinc)) {
                domain::ReportChapter ch;
                ch.loincCode = info->chapterLoinc;
                ch.loincDisplay = info->chapterTitle;
                ch.title = info->chapterTitle;
                chapterIndex.insert(info->chapterLoinc, static_cast<int>(c.chapters.size()));
                c.chapters.append(ch);
            }
            const int ci = chapterIndex.value(info->chapterLoinc);
            const QString bkey = info->chapterLoinc + u'|' + info->batteryKey + u'|' + QString::number(r.specimenId);
            if (!batteryIndex.contains(bkey)) {
                domain::ReportBattery b;
                b.label = info->batteryLabel;
                b.loincCode = info->batteryLoinc;
                b.loincDisplay = info->batteryLabel;
                if (specimenById.contains(r.specimenId)) {
                    const auto &s = specimenById.value(r.specimenId);
                    b.specimenTypeCode = s.typeCode;
                    b.specimenTypeDisplay = s.typeLabel;
                    b.specimenId = s.barcode;
                    b.collectedAt = s.collectedAt.toLocalTime();
                    b.receivedAt = s.receivedAt.toLocalTime();
                }
                batteryIndex.insert(bkey, {ci, static_cast<int>(c.chapters[ci].batteries.size())});
                c.chapters[ci].batteries.append(b);
            }
            const auto [chIdx, bIdx] = batteryIndex.value(bkey);
            ReportObservation o;
            o.localCode = r.analysisCode;
            const domain::Analysis &a = info->analysis;
            o.label = a.label;
            o.loincCode = a.loinc;
            o.loincDisplay = a.label;
            o.method = a.method;
            o.value = r.value;
            o.flag = r.flag;
            // A non-conformity's reservation travels as the result's comment: printed under the
            // result on the PDF, and the observation's comment (entryRelationship SUBJ) in the CDA.
            o.comment = r.reservation.isEmpty()  ? r.comment
                        : r.comment.isEmpty() ? r.reservation
                                              : r.comment + u' ' + r.reservation;
            for (const QString &text : printedComments.value(r.id))
                o.comment = o.comment.isEmpty() ? text : o.comment + u' ' + text;
            o.observedAt = r.observedAt.toLocalTime();
            // The limits recorded with the result (those the biologist validated against) win;
            // otherwise the catalogue's range for this patient (also the text ones: "Négatif").
            const QString unit = r.value.unit.isEmpty() ? a.unit : r.value.unit;
            const QDate collected = specimenById.contains(r.specimenId) && specimenById.value(r.specimenId).collectedAt.isValid()
                                        ? specimenById.value(r.specimenId).collectedAt.date()
                                        : r.observedAt.date();
            if (!r.referenceLow.isEmpty() || !r.referenceHigh.isEmpty())
                o.referenceIntervals.append({r.referenceLow, r.referenceHigh, unit, {}});
            else if (auto ri = interval(a, c.patient, collected))
                o.referenceIntervals.append(*ri);
            o.cancelled = r.state == domain::ValidationState::Cancelled;
            o.completed = r.state == domain::ValidationState::Validated;
            if (o.completed) {
                ++validated;
                o.validator = professional(r.validatedBy);
                o.validatedAt = r.validatedAt.toLocalTime();
                o.autoValidated = autoValidated.value(r.id, false);
                if (o.validatedAt > c.validatedAt)
                    c.validatedAt = o.validatedAt;
                auto value = r.value.toDouble();
                if (value && a.secondUnitFactor && !a.secondUnit.isEmpty() && !a.secondLoinc.isEmpty()
                    && r.value.kind == domain::ResultValue::Kind::Numeric) {
                    const int decimals = a.decimals >= 0 ? a.decimals : 2;
                    o.secondUnitValue = domain::ResultValue::numeric(QString::number(*value * *a.secondUnitFactor, 'f', decimals),
                                                                     a.secondUnit, r.value.comparator);
                    o.secondUnitLoincCode = a.secondLoinc;
                    o.secondUnitLoincDisplay = a.label;
                }
                auto history = storage::ResultRepository::history(tx, r.patientId, r.analysisCode, r.observedAt, 1, actor);
                if (history && !history->isEmpty())
                    o.previous = domain::PreviousResult{history->first().value, history->first().observedAt.toLocalTime()};
            } else if (!o.cancelled) {
                c.partial = true;
            }
            c.chapters[chIdx].batteries[bIdx].observations.append(o);
        }
        if (validated == 0)
            return domain::fail(errc::ReportNoValidatedResults,
                                u"Le dossier %1 n'a aucun résultat validé : pas de compte rendu."_s.arg(dossier->number));
        if (c.prescriber)
            c.recipients.append(*c.prescriber);
        c.generalComment = printedComments.value(0).join(u'\n');

        auto received = storage::ReceivedDocumentRepository::forDossier(tx, dossierId);
        if (!received)
            return std::unexpected(received.error());
        for (const auto &doc : *received) {
            if (doc.kind == u"SUBCONTRACTOR-CDA"_s) {
                auto sub = interop::cda::SubcontractorCdaReader::read(doc.bytes, c.patient);
                if (!sub)
                    return std::unexpected(sub.error());
                interop::cda::SubcontractorMerge::merge(c, *sub);
            } else {
                domain::Organisation producer;
                producer.name = doc.producerName;
                producer.finess = doc.producerFiness;
                c.attachments.append({doc.mediaType, doc.bytes, u"Compte rendu du laboratoire %1"_s.arg(doc.producerName), producer});
            }
        }
        return {};
    }();
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!c.validatedAt.isValid())
        c.validatedAt = c.effectiveTime;
    c.releasedAt = c.effectiveTime;
    return c;
}

} // namespace sgl::workflow::report
