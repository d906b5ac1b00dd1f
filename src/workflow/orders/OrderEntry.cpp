#include "workflow/orders/OrderEntry.h"

#include "domain/lab/ResultHistoryEntry.h"
#include "domain/lab/ValidationStateMachine.h"
#include "storage/CounterRepository.h"
#include "storage/DossierDetailsRepository.h"
#include "storage/DossierRepository.h"
#include "storage/ErrorCodes.h"
#include "storage/OrderedExamRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ReportSettingsRepository.h"
#include "storage/ResultHistoryRepository.h"
#include "storage/ResultRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/orders/DossierRequestCheck.h"
#include "workflow/orders/DossierStatusSync.h"
#include "workflow/report/LabSettings.h"

#include <QSet>

namespace sgl::workflow::orders {

using namespace sgl::domain;

namespace {

bool isClosed(DossierStatus s)
{
    return s == DossierStatus::Validated || s == DossierStatus::Reported || s == DossierStatus::Cancelled;
}

QString folded(const QString &s)
{
    QString out;
    for (QChar c : s.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toLower();
    return out;
}

Result<BarcodeScheme> barcodeScheme(storage::ReadTx &tx)
{
    auto values = storage::ReportSettingsRepository::all(tx);
    if (!values)
        return std::unexpected(values.error());
    return report::LabSettings::fromMap(*values).barcodeScheme;
}

/** The dossier of `dossierId` at `version`, open for changes; audited read. */
Result<Dossier> openForChange(storage::WriteTx &tx, qint64 dossierId, int version, const AuditActor &actor)
{
    auto d = storage::DossierRepository::get(tx, dossierId, actor);
    if (!d)
        return std::unexpected(d.error());
    if (d->version != version)
        return fail(storage::errc::Conflict,
                    Tr::tr("Le dossier %1 a été modifié entre-temps sur un autre poste : rechargez-le avant de "
                           "recommencer.")
                        .arg(d->number),
                    d->number);
    if (isClosed(d->status))
        return fail(errc::OrderDossierClosed,
                    Tr::tr("Le dossier %1 est %2 : la demande ne peut plus être modifiée.")
                        .arg(d->number, dossierStatusLabel(d->status).toLower()),
                    d->number);
    return *d;
}

Result<Patient> patientOf(storage::WriteTx &tx, qint64 patientId, const AuditActor &actor)
{
    auto p = storage::PatientRepository::get(tx, patientId, actor);
    if (!p) {
        if (p.error().code == storage::errc::NotFound)
            return fail(errc::OrderPatientNotFound, Tr::tr("Patient %1 introuvable.").arg(patientId),
                        QStringLiteral("patientId"));
        return std::unexpected(p.error());
    }
    if (p->mergedInto != 0)
        return fail(errc::IdentityMerged, Tr::tr("Ce dossier patient a été fusionné : saisissez la demande sur le dossier conservé."),
                    QStringLiteral("patientId"));
    return *p;
}

/** The request's fields on the dossier (creation and correction share them); `prescribedOn`
 *  when the request leaves the prescription date empty. */
void applyRequest(Dossier &d, const DossierRequest &request, const QDate &prescribedOn,
                  const QMap<QString, QString> &answers)
{
    d.priority = request.priority;
    d.prescriberRpps = request.prescriberRpps.trimmed();
    d.prescriberName = request.prescriberName.trimmed();
    d.prescriberMssante = request.prescriberMssante.trimmed();
    d.prescribedOn = request.prescribedOn.isValid() ? request.prescribedOn : prescribedOn;
    d.sampledAt = request.sampledAt.isValid() ? request.sampledAt.toUTC() : QDateTime();
    d.samplerKind = request.samplerKind;
    d.samplerName = request.samplerName.trimmed();
    d.origin = request.origin;
    d.ward = request.origin == Dossier::Origin::Ward ? request.ward.trimmed() : QString();
    d.reportToPrescriber = request.reportToPrescriber;
    d.reportToPatient = request.reportToPatient;
    d.paperCopy = request.paperCopy;
    d.clinicalInfo = request.clinicalInfo.trimmed();
    d.correspondents = request.correspondents;
    d.clinicalAnswers = answers;
}

} // namespace

OrderEntry::OrderEntry(storage::Database &db, UserSession session)
    : m_db(db), m_session(std::move(session)), m_actor(AuditActor::fromSession(m_session))
{
}

QString OrderEntry::dossierNumber(const QDate &day, qint64 sequence)
{
    return QStringLiteral("D%1-%2").arg(day.toString(QStringLiteral("yyMMdd"))).arg(sequence, 4, 10, QLatin1Char('0'));
}

Result<DossierChange> OrderEntry::addAnalyses(storage::WriteTx &tx, DossierChange &change,
                                              const QList<OrderedExam> &exams)
{
    auto catalogue = m_catalogue.current(tx);
    if (!catalogue)
        return std::unexpected(catalogue.error());
    QSet<QString> present;
    if (change.dossier.id != 0) {
        auto states = storage::ResultRepository::codesInUse(tx, change.dossier.id);
        if (!states)
            return std::unexpected(states.error());
        present = *states;
    }
    QList<LabResult> added;
    for (const OrderedExam &exam : exams) {
        for (const QString &code : DossierRequestCheck::analysesOf({exam.examCode}, **catalogue)) {
            if (present.contains(code))
                continue;
            present.insert(code);
            const Analysis *a = (*catalogue)->analysis(code);
            LabResult r;
            r.dossierId = change.dossier.id;
            r.patientId = change.dossier.patientId;
            r.analysisCode = code;
            r.catalogueVersionId = m_catalogue.versionId();
            r.orderedExamId = exam.id;
            r.bench = a ? a->bench : QString();
            r.state = ValidationState::Pending;
            added << r;
        }
    }
    auto scheme = barcodeScheme(tx);
    if (!scheme)
        return std::unexpected(scheme.error());
    QList<LabResult *> pointers;
    for (LabResult &r : added)
        pointers << &r;
    auto tubes = TubeAllocation::allocate(tx, change.dossier, pointers, **catalogue, *scheme, m_actor);
    if (!tubes)
        return std::unexpected(tubes.error());
    if (auto s = storage::ResultRepository::insertBatch(tx, added, m_actor); !s)
        return std::unexpected(s.error());
    change.newTubes << tubes->newTubes;
    change.addedResults << added;
    return change;
}

Result<DossierChange> OrderEntry::create(const DossierRequest &request)
{
    if (auto ok = requirePermission(m_session, Permission::DossierCreate); !ok)
        return std::unexpected(ok.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_db.write([&](storage::WriteTx &tx) -> Result<DossierChange> {
        auto catalogue = m_catalogue.current(tx);
        if (!catalogue)
            return std::unexpected(catalogue.error());
        auto patient = patientOf(tx, request.patientId, m_actor);
        if (!patient)
            return std::unexpected(patient.error());
        auto checked = DossierRequestCheck::check(request, **catalogue, *patient, now);
        if (!checked)
            return std::unexpected(checked.error());
        const QDate today = now.toLocalTime().date();
        auto sequence = storage::CounterRepository::next(tx, QStringLiteral("dossier.") + today.toString(QStringLiteral("yyMMdd")));
        if (!sequence)
            return std::unexpected(sequence.error());
        DossierChange change;
        Dossier &d = change.dossier;
        d.number = dossierNumber(today, *sequence);
        d.patientId = patient->id;
        d.status = DossierStatus::Registered;
        applyRequest(d, request, today, checked->answers);
        if (auto s = storage::DossierRepository::insert(tx, d, m_actor); !s)
            return std::unexpected(s.error());
        if (auto s = storage::DossierDetailsRepository::save(tx, d); !s)
            return std::unexpected(s.error());
        for (const QString &code : request.examCodes) {
            OrderedExam e;
            e.dossierId = d.id;
            e.examCode = code.trimmed();
            if (auto s = storage::OrderedExamRepository::insert(tx, e, m_actor); !s)
                return std::unexpected(s.error());
            change.exams << e;
        }
        auto done = addAnalyses(tx, change, change.exams);
        if (!done)
            return std::unexpected(done.error());
        change.warnings = checked->warnings;
        return change;
    });
}

Result<DossierChange> OrderEntry::addExams(qint64 dossierId, int version, const QStringList &examCodes,
                                           const QMap<QString, QString> &clinicalAnswers)
{
    if (auto ok = requirePermission(m_session, Permission::DossierCreate); !ok)
        return std::unexpected(ok.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_db.write([&](storage::WriteTx &tx) -> Result<DossierChange> {
        DossierChange change;
        auto d = openForChange(tx, dossierId, version, m_actor);
        if (!d)
            return std::unexpected(d.error());
        change.dossier = *d;
        auto patient = patientOf(tx, d->patientId, m_actor);
        if (!patient)
            return std::unexpected(patient.error());
        auto catalogue = m_catalogue.current(tx);
        if (!catalogue)
            return std::unexpected(catalogue.error());
        auto exams = storage::OrderedExamRepository::forDossier(tx, dossierId);
        if (!exams)
            return std::unexpected(exams.error());
        // Check the new exams as a request of their own (codes, questions), answers merged with
        // those already given; a blank answer leaves the stored one (the entry form sends every
        // question of the new exams, answered or not).
        DossierRequest probe;
        probe.examCodes = examCodes;
        probe.prescriberName = d->prescriberName.isEmpty() ? QStringLiteral("-") : d->prescriberName;
        probe.clinicalAnswers = d->clinicalAnswers;
        for (auto it = clinicalAnswers.cbegin(); it != clinicalAnswers.cend(); ++it)
            if (!it.value().trimmed().isEmpty())
                probe.clinicalAnswers.insert(it.key(), it.value());
        for (const QString &code : examCodes)
            for (const OrderedExam &e : *exams)
                if (e.examCode == code.trimmed() && e.state == OrderedExam::State::Ordered)
                    return fail(errc::OrderDuplicateExam,
                                Tr::tr("L'examen « %1 » est déjà demandé dans ce dossier.").arg(code),
                                QStringLiteral("exams"));
        auto checked = DossierRequestCheck::check(probe, **catalogue, *patient, now);
        if (!checked)
            return std::unexpected(checked.error());
        QList<OrderedExam> added;
        for (const QString &code : examCodes) {
            OrderedExam e;
            e.dossierId = dossierId;
            e.examCode = code.trimmed();
            if (auto s = storage::OrderedExamRepository::insert(tx, e, m_actor); !s)
                return std::unexpected(s.error());
            added << e;
        }
        change.dossier.clinicalAnswers = checked->answers;
        for (auto it = d->clinicalAnswers.cbegin(); it != d->clinicalAnswers.cend(); ++it)
            if (!change.dossier.clinicalAnswers.contains(it.key()))
                change.dossier.clinicalAnswers.insert(it.key(), it.value());
        if (auto s = storage::DossierDetailsRepository::save(tx, change.dossier); !s)
            return std::unexpected(s.error());
        if (auto s = storage::DossierRepository::touch(tx, change.dossier); !s)
            return std::unexpected(s.error());
        auto done = addAnalyses(tx, change, added);
        if (!done)
            return std::unexpected(done.error());
        if (auto s = DossierStatusSync::apply(tx, change.dossier, m_actor); !s)
            return std::unexpected(s.error());
        auto all = storage::OrderedExamRepository::forDossier(tx, dossierId);
        if (!all)
            return std::unexpected(all.error());
        change.exams = *all;
        change.warnings = checked->warnings;
        return change;
    });
}

Result<DossierChange> OrderEntry::cancelExam(qint64 dossierId, int version, const QString &examCode, const QString &reason)
{
    if (auto ok = requirePermission(m_session, Permission::DossierCreate); !ok)
        return std::unexpected(ok.error());
    if (reason.trimmed().isEmpty())
        return fail(errc::OrderReasonRequired, Tr::tr("Indiquez le motif de l'annulation de l'examen."), QStringLiteral("reason"));
    return m_db.write([&](storage::WriteTx &tx) -> Result<DossierChange> {
        DossierChange change;
        auto d = openForChange(tx, dossierId, version, m_actor);
        if (!d)
            return std::unexpected(d.error());
        change.dossier = *d;
        auto exams = storage::OrderedExamRepository::forDossier(tx, dossierId);
        if (!exams)
            return std::unexpected(exams.error());
        OrderedExam *cancelled = nullptr;
        for (OrderedExam &e : *exams)
            if (e.examCode == examCode && e.state == OrderedExam::State::Ordered)
                cancelled = &e;
        if (!cancelled)
            return fail(errc::OrderExamNotOrdered, Tr::tr("L'examen « %1 » n'est pas demandé dans ce dossier.").arg(examCode),
                        QStringLiteral("exams"));
        auto catalogue = m_catalogue.current(tx);
        if (!catalogue)
            return std::unexpected(catalogue.error());
        // An analysis another ordered exam also lists stays, moved to that exam.
        QHash<QString, qint64> keptBy;
        for (const OrderedExam &e : *exams)
            if (e.id != cancelled->id && e.state == OrderedExam::State::Ordered)
                for (const QString &code : DossierRequestCheck::analysesOf({e.examCode}, **catalogue))
                    if (!keptBy.contains(code))
                        keptBy.insert(code, e.id);
        auto results = storage::ResultRepository::forDossier(tx, dossierId, m_actor);
        if (!results)
            return std::unexpected(results.error());
        for (LabResult &r : *results) {
            if (r.orderedExamId != cancelled->id || r.state == ValidationState::Cancelled)
                continue;
            if (keptBy.contains(r.analysisCode)) {
                r.orderedExamId = keptBy.value(r.analysisCode);
                if (auto s = storage::ResultRepository::moveToExam(tx, r, m_actor); !s)
                    return std::unexpected(s.error());
                continue;
            }
            const ValidationState before = r.state;
            auto next = ValidationStateMachine::next(r, ValidationAction::Cancel, m_session.roles, reason);
            if (!next)
                return fail(next.error().code,
                            Tr::tr("%1 : %2 L'annulation de l'examen %3 est refusée ; rien n'a été modifié.")
                                .arg(r.analysisCode, next.error().message, examCode),
                            r.analysisCode);
            r.state = *next;
            if (auto s = storage::ResultRepository::update(tx, r, m_actor, reason); !s)
                return std::unexpected(s.error());
            ResultHistoryEntry h;
            h.resultId = r.id;
            h.actor = m_actor.login;
            h.action = validationActionCode(ValidationAction::Cancel);
            h.stateBefore = before;
            h.stateAfter = r.state;
            h.valueKind = resultKindCode(r.value.kind);
            h.valueText = r.value.displayFr();
            h.flag = r.flag;
            h.reason = reason.trimmed();
            if (auto s = storage::ResultHistoryRepository::append(tx, h); !s)
                return std::unexpected(s.error());
            change.cancelledResults << r.id;
        }
        if (auto s = storage::OrderedExamRepository::cancel(tx, *cancelled, reason.trimmed(), m_actor); !s)
            return std::unexpected(s.error());
        if (auto s = storage::DossierRepository::touch(tx, change.dossier); !s)
            return std::unexpected(s.error());
        if (auto s = DossierStatusSync::apply(tx, change.dossier, m_actor); !s)
            return std::unexpected(s.error());
        change.exams = *exams;
        return change;
    });
}

Result<DossierChange> OrderEntry::updateRequest(qint64 dossierId, int version, const DossierRequest &request)
{
    if (auto ok = requirePermission(m_session, Permission::DossierCreate); !ok)
        return std::unexpected(ok.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_db.write([&](storage::WriteTx &tx) -> Result<DossierChange> {
        DossierChange change;
        auto d = openForChange(tx, dossierId, version, m_actor);
        if (!d)
            return std::unexpected(d.error());
        const QString before = storage::DossierRepository::snapshot(*d);
        auto patient = patientOf(tx, d->patientId, m_actor);
        if (!patient)
            return std::unexpected(patient.error());
        auto catalogue = m_catalogue.current(tx);
        if (!catalogue)
            return std::unexpected(catalogue.error());
        auto exams = storage::OrderedExamRepository::forDossier(tx, dossierId);
        if (!exams)
            return std::unexpected(exams.error());
        DossierRequest probe = request;
        probe.examCodes.clear();
        for (const OrderedExam &e : *exams)
            if (e.state == OrderedExam::State::Ordered)
                probe.examCodes << e.examCode;
        if (probe.examCodes.isEmpty())
            probe.examCodes = request.examCodes;
        auto checked = DossierRequestCheck::check(probe, **catalogue, *patient, now);
        if (!checked)
            return std::unexpected(checked.error());
        // A sampling time cannot come after a tube's reception.
        auto tubes = storage::DossierRepository::specimens(tx, dossierId);
        if (!tubes)
            return std::unexpected(tubes.error());
        for (const Specimen &s : *tubes)
            if (request.sampledAt.isValid() && s.receivedAt.isValid() && request.sampledAt > s.receivedAt)
                return fail(errc::OrderSamplingAfterReception,
                            Tr::tr("Heure de prélèvement postérieure à la réception du tube %1 (%2).")
                                .arg(s.barcode, s.receivedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))),
                            QStringLiteral("sampledAt"));
        Dossier &x = change.dossier;
        x = *d;
        applyRequest(x, request, d->prescribedOn, checked->answers);
        if (auto s = storage::DossierRepository::update(tx, x, before, m_actor); !s)
            return std::unexpected(s.error());
        if (auto s = storage::DossierDetailsRepository::save(tx, x); !s)
            return std::unexpected(s.error());
        if (auto s = storage::DossierRepository::updateTubeSampling(tx, x); !s)
            return std::unexpected(s.error());
        change.exams = *exams;
        change.warnings = checked->warnings;
        return change;
    });
}

Result<QList<ExamChoice>> OrderEntry::searchExams(const QString &text, int limit)
{
    if (auto ok = requirePermission(m_session, Permission::DossierCreate); !ok)
        return std::unexpected(ok.error());
    return m_db.read([&](storage::ReadTx &tx) -> Result<QList<ExamChoice>> {
        auto catalogue = m_catalogue.current(tx);
        if (!catalogue)
            return std::unexpected(catalogue.error());
        const QString key = folded(text.trimmed());
        QList<ExamChoice> out;
        for (const Exam &e : (*catalogue)->exams) {
            if (e.retired || (!key.isEmpty() && !folded(e.code).contains(key) && !folded(e.label).contains(key)))
                continue;
            ExamChoice c{e.code, e.label, {}};
            for (const QString &code : DossierRequestCheck::analysesOf({e.code}, **catalogue))
                if (const Analysis *a = (*catalogue)->analysis(code))
                    c.analysisLabels << a->label;
            out << c;
            if (out.size() >= limit)
                break;
        }
        return out;
    });
}

Result<QList<ClinicalQuestion>> OrderEntry::questionsFor(const QStringList &examCodes, Sex sex,
                                                         const QMap<QString, QString> &answers)
{
    if (auto ok = requirePermission(m_session, Permission::DossierCreate); !ok)
        return std::unexpected(ok.error());
    return m_db.read([&](storage::ReadTx &tx) -> Result<QList<ClinicalQuestion>> {
        auto catalogue = m_catalogue.current(tx);
        if (!catalogue)
            return std::unexpected(catalogue.error());
        return DossierRequestCheck::requiredQuestions(DossierRequestCheck::analysesOf(examCodes, **catalogue), **catalogue,
                                                      sex, answers);
    });
}

} // namespace sgl::workflow::orders
