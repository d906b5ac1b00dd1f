#include "workflow/specimens/SpecimenReception.h"

#include "domain/lab/LabResult.h"
#include "domain/lab/ResultHistoryEntry.h"
#include "storage/DossierRepository.h"
#include "storage/ErrorCodes.h"
#include "storage/NonConformityRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ReportSettingsRepository.h"
#include "storage/ResultHistoryRepository.h"
#include "storage/ResultRepository.h"
#include "storage/SpecimenRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/orders/DossierStatusSync.h"
#include "workflow/orders/TubeAllocation.h"
#include "workflow/report/LabSettings.h"

#include <QSet>

namespace sgl::workflow::specimens {

using namespace sgl::domain;

namespace {

const QString kBarcode = QStringLiteral("barcode");
const QString kDateTime = QStringLiteral("dd/MM/yyyy 'à' HH:mm");

bool isClosed(DossierStatus s)
{
    return s == DossierStatus::Validated || s == DossierStatus::Reported || s == DossierStatus::Cancelled;
}

Result<BarcodeScheme> barcodeScheme(storage::ReadTx &tx)
{
    auto values = storage::ReportSettingsRepository::all(tx);
    if (!values)
        return std::unexpected(values.error());
    return report::LabSettings::fromMap(*values).barcodeScheme;
}

QString local(const QDateTime &utc)
{
    return utc.toLocalTime().toString(kDateTime);
}

QString patientLine(const Patient &p)
{
    const IdentityTraits &t = p.traits;
    QString name = t.birthName + u' ' + t.firstBirthName;
    if (!t.usedName.isEmpty() && t.usedName != t.birthName)
        name = t.usedName + u' ' + t.firstBirthName + u' ' + Tr::tr("(né(e) %1)").arg(t.birthName);
    if (t.birthDate.isValid())
        name += Tr::tr(", né(e) le %1").arg(t.birthDate.toString(QStringLiteral("dd/MM/yyyy")));
    return name;
}

Status closedRefusal(const Dossier &d, const Specimen &s)
{
    return fail(errc::SpecimenDossierClosed,
                Tr::tr("Le tube %1 appartient au dossier %2, qui est %3 : il ne peut plus être réceptionné ni modifié.")
                    .arg(s.barcode, d.number, dossierStatusLabel(d.status).toLower()),
                kBarcode);
}

} // namespace

SpecimenReception::SpecimenReception(storage::Database &db, UserSession session)
    : m_db(db), m_session(std::move(session)), m_actor(AuditActor::fromSession(m_session))
{
}

Result<QString> SpecimenReception::checkBarcode(const QString &scan, const BarcodeScheme &scheme)
{
    const QString code = scan.trimmed().toUpper();
    if (scheme.matches(code))
        return code;
    const qsizetype expected = scheme.prefix.size() + scheme.digits + 1;
    bool shape = code.size() == expected && code.startsWith(scheme.prefix);
    for (qsizetype i = scheme.prefix.size(); shape && i < expected - 1; ++i)
        shape = code.at(i).isDigit() && code.at(i).unicode() < 128;
    if (!shape) {
        const QString example = scheme.format(1).value_or(QString());
        return fail(errc::SpecimenMalformedBarcode,
                    code.isEmpty() ? Tr::tr("Code-barres vide : scannez l'étiquette du tube.")
                                   : Tr::tr("Code-barres « %1 » illisible : le laboratoire numérote ses tubes sur %2 "
                                            "caractères (par exemple %3). Scannez de nouveau l'étiquette.")
                                         .arg(code)
                                         .arg(expected)
                                         .arg(example),
                    kBarcode);
    }
    return fail(errc::SpecimenBadCheckCharacter,
                Tr::tr("Code-barres « %1 » erroné : le caractère de contrôle ne correspond pas (lecture ou saisie "
                       "fautive). Scannez de nouveau l'étiquette.")
                    .arg(code),
                kBarcode);
}

Result<ReceivedTube> SpecimenReception::receive(const QString &barcode, std::optional<qint64> expectedDossierId)
{
    if (auto ok = requirePermission(m_session, Permission::SpecimenReceive); !ok)
        return std::unexpected(ok.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_db.write([&](storage::WriteTx &tx) -> Result<ReceivedTube> {
        auto scheme = barcodeScheme(tx);
        if (!scheme)
            return std::unexpected(scheme.error());
        auto code = checkBarcode(barcode, *scheme);
        if (!code)
            return std::unexpected(code.error());
        auto found = storage::SpecimenRepository::byBarcode(tx, *code);
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return fail(errc::SpecimenUnknownBarcode,
                        Tr::tr("Code-barres %1 inconnu : aucun tube du laboratoire ne porte ce numéro. Vérifiez "
                               "l'étiquette ou la demande.")
                            .arg(*code),
                        kBarcode);
        ReceivedTube out;
        out.specimen = **found;
        Specimen &s = out.specimen;
        auto d = storage::DossierRepository::get(tx, s.dossierId, m_actor);
        if (!d)
            return std::unexpected(d.error());
        out.dossier = *d;
        if (expectedDossierId && *expectedDossierId != 0 && *expectedDossierId != s.dossierId) {
            auto shown = storage::DossierRepository::get(tx, *expectedDossierId, m_actor);
            const QString shownNumber = shown ? shown->number : QString::number(*expectedDossierId);
            return fail(errc::SpecimenOtherDossier,
                        Tr::tr("Le tube %1 appartient au dossier %2, pas au dossier affiché %3 : il n'a pas été "
                               "réceptionné.")
                            .arg(s.barcode, d->number, shownNumber),
                        kBarcode);
        }
        if (s.status == Specimen::Status::Rejected)
            return fail(errc::SpecimenRejected,
                        Tr::tr("Le tube %1 a été refusé (%2) : un nouveau prélèvement est demandé, ce tube ne doit "
                               "pas être analysé.")
                            .arg(s.barcode, s.rejectionReason),
                        kBarcode);
        if (s.status == Specimen::Status::Received)
            return fail(errc::SpecimenAlreadyReceived,
                        Tr::tr("Le tube %1 est déjà réceptionné, le %2 par %3 : scanné deux fois.")
                            .arg(s.barcode, local(s.receivedAt), s.receivedBy),
                        kBarcode);
        if (isClosed(d->status))
            return std::unexpected(closedRefusal(*d, s).error());
        if (s.collectedAt.isValid() && s.collectedAt > now)
            return fail(errc::SpecimenSamplingAfterReception,
                        Tr::tr("Heure de prélèvement (%1) postérieure à la réception du tube %2 (%3) : corrigez "
                               "l'heure de prélèvement du dossier %4 avant de réceptionner.")
                            .arg(local(s.collectedAt), s.barcode, local(now), d->number),
                        QStringLiteral("sampledAt"));
        if (auto ok = storage::SpecimenRepository::markReceived(tx, s, now, m_actor); !ok)
            return std::unexpected(ok.error());
        if (auto ok = orders::DossierStatusSync::apply(tx, out.dossier, m_actor); !ok)
            return std::unexpected(ok.error());
        auto results = storage::ResultRepository::forDossier(tx, s.dossierId, m_actor);
        if (!results)
            return std::unexpected(results.error());
        for (const LabResult &r : *results)
            if (r.specimenId == s.id && r.state != ValidationState::Cancelled)
                out.analysisCodes << r.analysisCode;
        auto patient = storage::PatientRepository::get(tx, d->patientId, m_actor);
        if (!patient)
            return std::unexpected(patient.error());
        out.patientName = patientLine(*patient);
        out.message = Tr::tr("Tube %1 réceptionné : dossier %2, %3.").arg(s.barcode, d->number, out.patientName);
        return out;
    });
}

Result<NonConformityOutcome> SpecimenReception::recordNonConformity(qint64 specimenId, NonConformity::Reason reason,
                                                                    const QString &comment,
                                                                    const QList<NonConformity::Effect> &effects)
{
    if (auto ok = requirePermission(m_session, Permission::SpecimenReceive); !ok)
        return std::unexpected(ok.error());
    if (reason == NonConformity::Reason::Other && comment.trimmed().isEmpty())
        return fail(errc::SpecimenCommentRequired,
                    Tr::tr("Décrivez la non-conformité dans le commentaire (motif « Autre »)."), QStringLiteral("comment"));
    if (effects.isEmpty())
        return fail(errc::SpecimenNoEffect,
                    Tr::tr("Indiquez la conséquence de la non-conformité pour au moins une analyse du tube."),
                    QStringLiteral("effects"));
    QSet<QString> named;
    for (const NonConformity::Effect &e : effects) {
        if (named.contains(e.analysisCode))
            return fail(errc::SpecimenEffectTwice,
                        Tr::tr("L'analyse %1 a deux conséquences : une seule par analyse.").arg(e.analysisCode),
                        e.analysisCode);
        named.insert(e.analysisCode);
    }
    return m_db.write([&](storage::WriteTx &tx) -> Result<NonConformityOutcome> {
        auto tube = storage::SpecimenRepository::get(tx, specimenId);
        if (!tube) {
            if (tube.error().code == storage::errc::NotFound)
                return fail(errc::SpecimenNotFound, Tr::tr("Tube %1 introuvable.").arg(specimenId),
                            QStringLiteral("specimenId"));
            return std::unexpected(tube.error());
        }
        Specimen s = *tube;
        if (s.status == Specimen::Status::Rejected)
            return fail(errc::SpecimenRejected,
                        Tr::tr("Le tube %1 est déjà refusé (%2) : la non-conformité concerne le nouveau tube.")
                            .arg(s.barcode, s.rejectionReason),
                        kBarcode);
        NonConformityOutcome out;
        auto d = storage::DossierRepository::get(tx, s.dossierId, m_actor);
        if (!d)
            return std::unexpected(d.error());
        out.dossier = *d;
        if (isClosed(d->status))
            return std::unexpected(closedRefusal(*d, s).error());
        auto results = storage::ResultRepository::forDossier(tx, s.dossierId, m_actor);
        if (!results)
            return std::unexpected(results.error());
        QHash<QString, LabResult *> onTube;
        for (LabResult &r : *results)
            if (r.specimenId == s.id && r.state != ValidationState::Cancelled)
                onTube.insert(r.analysisCode, &r);
        QMap<QString, qint64> resultIds;
        for (const NonConformity::Effect &e : effects) {
            LabResult *r = onTube.value(e.analysisCode);
            if (!r)
                return fail(errc::SpecimenEffectNotOnTube,
                            Tr::tr("L'analyse %1 n'est pas mesurée dans le tube %2.").arg(e.analysisCode, s.barcode),
                            e.analysisCode);
            if (r->state == ValidationState::Validated)
                return fail(errc::SpecimenResultValidated,
                            Tr::tr("Le résultat %1 est déjà validé biologiquement : il ne peut plus être annulé ni "
                                   "assorti d'une réserve (corrigez-le depuis la validation).")
                                .arg(e.analysisCode),
                            e.analysisCode);
            resultIds.insert(e.analysisCode, r->id);
        }
        NonConformity &nc = out.nonConformity;
        nc.specimenId = s.id;
        nc.reason = reason;
        nc.comment = comment.trimmed();
        nc.effects = effects;
        if (auto ok = storage::NonConformityRepository::insert(tx, nc, resultIds, m_actor); !ok)
            return std::unexpected(ok.error());
        const QString why = nc.reservationText();

        bool newSample = false;
        for (const NonConformity::Effect &e : effects)
            newSample = newSample || e.consequence == NonConformity::Consequence::NewSampleRequested;
        if (newSample) {
            auto scheme = barcodeScheme(tx);
            if (!scheme)
                return std::unexpected(scheme.error());
            auto code = orders::TubeAllocation::nextBarcode(tx, *scheme);
            if (!code)
                return std::unexpected(code.error());
            Specimen n;
            n.dossierId = s.dossierId;
            n.barcode = *code;
            n.containerCode = s.containerCode;
            n.typeCode = s.typeCode;
            n.typeLabel = s.typeLabel;
            n.status = Specimen::Status::Expected; // sampling time unknown until drawn again
            if (auto ok = storage::DossierRepository::addSpecimen(tx, n, m_actor); !ok)
                return std::unexpected(ok.error());
            out.newTube = n;
        }
        for (const NonConformity::Effect &e : effects) {
            LabResult &r = *onTube.value(e.analysisCode);
            if (e.consequence == NonConformity::Consequence::PerformedWithReservation) {
                r.reservation = why;
                out.reservedAnalyses << r.analysisCode;
            } else {
                ResultHistoryEntry h;
                h.resultId = r.id;
                h.actor = m_actor.login;
                h.action = QStringLiteral("new_sample");
                h.stateBefore = r.state;
                h.stateAfter = ValidationState::Pending;
                h.valueKind = resultKindCode(r.value.kind);
                h.valueText = r.value.displayFr();
                h.flag = r.flag;
                h.reason = why;
                if (auto ok = storage::ResultHistoryRepository::append(tx, h); !ok)
                    return std::unexpected(ok.error());
                r.specimenId = out.newTube->id;
                r.state = ValidationState::Pending;
                r.value = ResultValue{};
                r.flag.reset();
                r.referenceLow.clear();
                r.referenceHigh.clear();
                r.observedAt = {};
                r.enteredBy.clear();
                r.enteredAt = {};
                r.technicallyValidatedBy.clear();
                r.technicallyValidatedAt = {};
                r.reservation.clear();
                out.movedAnalyses << r.analysisCode;
            }
            if (auto ok = storage::ResultRepository::update(tx, r, m_actor, why); !ok)
                return std::unexpected(ok.error());
        }
        if (out.movedAnalyses.size() == onTube.size()) {
            if (auto ok = storage::SpecimenRepository::reject(tx, s, why, m_actor); !ok)
                return std::unexpected(ok.error());
            out.oldTubeRejected = true;
        }
        if (auto ok = storage::DossierRepository::touch(tx, out.dossier); !ok)
            return std::unexpected(ok.error());
        if (auto ok = orders::DossierStatusSync::apply(tx, out.dossier, m_actor); !ok)
            return std::unexpected(ok.error());
        // A dossier waiting for a new sample is still being worked on, even when its only
        // received tube was just rejected (DossierProgress counts received tubes only).
        const DossierStatus st = out.dossier.status;
        if (out.newTube && st != DossierStatus::InProgress && st != DossierStatus::Registered
            && dossierTransitionAllowed(st, DossierStatus::InProgress))
            if (auto ok = storage::DossierRepository::setStatus(tx, out.dossier, DossierStatus::InProgress, m_actor); !ok)
                return std::unexpected(ok.error());
        return out;
    });
}

} // namespace sgl::workflow::specimens
