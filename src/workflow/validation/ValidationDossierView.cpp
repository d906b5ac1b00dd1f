#include "workflow/validation/ValidationDossierView.h"

#include "domain/catalogue/ClinicalQuestion.h"
#include "domain/catalogue/UnitConversion.h"
#include "domain/identity/Patient.h"
#include "storage/AuditRepository.h"
#include "storage/CallBackRepository.h"
#include "storage/CommentRepository.h"
#include "storage/DossierRepository.h"
#include "storage/NonConformityRepository.h"
#include "storage/OrderedExamRepository.h"
#include "storage/PatientRepository.h"
#include "storage/QcHoldRepository.h"
#include "storage/ResultHistoryRepository.h"
#include "storage/ResultRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/catalogue/ReflexTests.h"
#include "workflow/validation/ResultAssessment.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <limits>
#include <tuple>

namespace sgl::workflow::validation {

using namespace sgl::domain;

namespace {

QString decimal(double v)
{
    return QLocale(QLocale::French).toString(v, 'g', 10);
}

QString patientName(const IdentityTraits &t)
{
    QString name = t.birthName + u' ' + t.firstBirthName;
    if (!t.usedName.isEmpty() && t.usedName != t.birthName)
        name = Tr::tr("%1 (nom utilisé %2)").arg(name, t.usedName);
    return name.trimmed();
}

/** Completed age at `on`, in the unit a biologist reads it in (days, months, then years). */
void setAge(ValidationHeader &h, QDate birth, QDate on)
{
    if (!birth.isValid() || !on.isValid() || on < birth)
        return;
    h.ageDays = int(birth.daysTo(on));
    int months = (on.year() - birth.year()) * 12 + on.month() - birth.month();
    if (on.day() < birth.day())
        --months;
    if (months < 1)
        h.ageText = Tr::tr("%n jour(s)", nullptr, h.ageDays);
    else if (months < 24)
        h.ageText = Tr::tr("%n mois", nullptr, months);
    else
        h.ageText = Tr::tr("%n an(s)", nullptr, months / 12);
}

QString rangeText(const ReferenceRange &r)
{
    if (r.low && r.high)
        return QStringLiteral("%1 – %2").arg(decimal(*r.low), decimal(*r.high));
    if (r.high)
        return QStringLiteral("< %1").arg(decimal(*r.high));
    if (r.low)
        return QStringLiteral("> %1").arg(decimal(*r.low));
    return r.text;
}

ValidationHeader header(const Dossier &d, const Patient &p, QDate collection, QList<NonConformity> ncs)
{
    ValidationHeader h;
    h.patientId = p.id;
    h.patientName = patientName(p.traits);
    h.birthDate = p.traits.birthDate;
    h.sex = p.traits.sex;
    h.identityStatus = p.status;
    h.insQualified = p.insUsable();
    h.dossierNumber = d.number;
    h.status = d.status;
    h.priority = d.priority;
    h.prescriberName = d.prescriberName;
    h.prescriberRpps = d.prescriberRpps;
    h.origin = d.origin;
    h.ward = d.ward;
    h.sampledAt = d.sampledAt;
    h.collectionDate = collection;
    h.clinicalInfo = d.clinicalInfo;
    h.nonConformities = std::move(ncs);
    setAge(h, p.traits.birthDate, collection);
    // Built-in questions first, in their order; answers to questions no longer built in after.
    QStringList codes;
    for (const ClinicalQuestion &q : ClinicalQuestion::builtIn())
        if (d.clinicalAnswers.contains(q.code))
            codes << q.code;
    for (auto it = d.clinicalAnswers.cbegin(); it != d.clinicalAnswers.cend(); ++it)
        if (!codes.contains(it.key()))
            codes << it.key();
    for (const QString &code : std::as_const(codes)) {
        const QString stored = d.clinicalAnswers.value(code);
        const auto q = ClinicalQuestion::find(code);
        h.clinicalAnswers << ValidationClinicalAnswer{code, q ? q->label : code, q ? q->display(stored) : stored};
    }
    for (const ValidationClinicalAnswer &a : std::as_const(h.clinicalAnswers)) {
        if (a.code == QLatin1String("PREGNANCY"))
            h.pregnancy = a.answer + h.pregnancy;
        else if (a.code == QLatin1String("PREGNANCY_WEEKS"))
            h.pregnancy += Tr::tr(", %1 SA").arg(a.answer);
        else if ((a.code == QLatin1String("ANTICOAGULANT") || a.code == QLatin1String("TREATMENT")) && !a.answer.isEmpty())
            h.treatments << a.answer;
    }
    return h;
}

PreviousValue previousValue(const LabResult &r, const QString &unit, const Analysis *analysis)
{
    PreviousValue p;
    p.resultId = r.id;
    p.dossierId = r.dossierId;
    p.observedAt = r.observedAt;
    p.value = r.value;
    p.flag = r.flag;
    p.display = r.value.displayFr();
    if (r.value.kind != ResultValue::Kind::Numeric)
        return p;
    if (!r.value.unit.isEmpty())
        p.display += u' ' + r.value.unit;
    p.unitChanged = r.value.unit != unit && !(r.value.unit.isEmpty() && unit == QLatin1String("1"))
                    && !(unit.isEmpty() && r.value.unit == QLatin1String("1"));
    if (const auto v = r.value.toDouble())
        p.converted = UnitConversion::convert(*v, r.value.unit, unit, analysis);
    if (p.unitChanged && p.converted) {
        // A censored value keeps its comparator once converted ("< 0,5 mg/L (< 5 µmol/L)").
        const QString prefix = r.value.comparator == Comparator::None
                                   ? QString()
                                   : ResultValue::numeric(QStringLiteral("0"), {}, r.value.comparator).displayFr().chopped(1);
        p.display += QStringLiteral(" (%1%2 %3)").arg(prefix, decimal(*p.converted), unit);
    }
    return p;
}

/** The JSON of the "dossier.open" row: whose file is opened, why, and how much history. */
QString openRecord(qint64 patientId, int perAnalysis, bool preloaded)
{
    QJsonObject what{{QStringLiteral("patientId"), patientId},
                     {QStringLiteral("purpose"), QStringLiteral("biological_validation")},
                     {QStringLiteral("previousPerAnalysis"), perAnalysis}};
    if (preloaded)
        what.insert(QStringLiteral("preloaded"), true);
    return QString::fromUtf8(QJsonDocument(what).toJson(QJsonDocument::Compact));
}

/** Sort key of a row: chapter (order, code), exam (catalogue position, code), analysis position in the exam, id. */
using RowKey = std::tuple<int, QString, int, QString, int, qint64>;

} // namespace

QList<const ValidationResultRow *> ValidationDossier::rows() const
{
    QList<const ValidationResultRow *> out;
    for (const ValidationChapterGroup &c : chapters)
        for (const ValidationExamGroup &e : c.exams)
            for (const ValidationResultRow &r : e.rows)
                out << &r;
    return out;
}

const ValidationResultRow *ValidationDossier::row(qint64 resultId) const
{
    for (const ValidationResultRow *r : rows())
        if (r->result.id == resultId)
            return r;
    return nullptr;
}

int ValidationDossier::deltaAlertCount() const
{
    int n = 0;
    for (const ValidationResultRow *r : rows())
        n += r->delta.alert ? 1 : 0;
    return n;
}

QList<CallBack> ValidationDossier::callBacksOf(qint64 resultId) const
{
    QList<CallBack> out;
    for (const CallBack &c : callBacks)
        if (c.resultId == resultId)
            out << c;
    return out;
}

bool ValidationDossier::needsCallBack(const ValidationResultRow &row) const
{
    if (!row.critical || row.result.state == ValidationState::Validated || row.result.state == ValidationState::Cancelled)
        return false;
    for (const CallBack &c : callBacks)
        if (c.resultId == row.result.id && c.satisfies())
            return false;
    return true;
}

Result<ValidationDossier> ValidationDossierView::open(const UserSession &session, qint64 dossierId,
                                                      int previousPerAnalysis)
{
    if (auto ok = requirePermission(session, Permission::DossierRead); !ok)
        return std::unexpected(ok.error());
    const AuditActor actor = AuditActor::fromSession(session);
    // A write transaction for the one audit row of the action; everything else is read in it.
    return m_db.write([&](storage::WriteTx &tx) {
        return openIn(tx, actor, dossierId, m_catalogue, previousPerAnalysis);
    });
}

Result<ValidationDossier> ValidationDossierView::preload(const UserSession &session, qint64 dossierId,
                                                         int previousPerAnalysis)
{
    if (auto ok = requirePermission(session, Permission::DossierRead); !ok)
        return std::unexpected(ok.error());
    const int perAnalysis = std::clamp(previousPerAnalysis, 1, 100);
    return m_db.read([&](storage::ReadTx &tx) {
        const storage::ActionAudit ahead = storage::AuditRepository::deferAction(tx, QStringLiteral("dossier.open"));
        return readIn(tx, dossierId, m_catalogue, perAnalysis, ahead);
    });
}

Result<qint64> ValidationDossierView::show(const UserSession &session, const ValidationDossier &dossier)
{
    if (auto ok = requirePermission(session, Permission::DossierRead); !ok)
        return std::unexpected(ok.error());
    const AuditActor actor = AuditActor::fromSession(session);
    return m_db.write([&](storage::WriteTx &tx) -> Result<qint64> {
        auto patientId = storage::DossierRepository::patientIdOf(tx, dossier.dossierId);
        if (!patientId)
            return std::unexpected(patientId.error());
        auto version = storage::DossierRepository::versionOf(tx, dossier.dossierId);
        if (!version)
            return std::unexpected(version.error());
        auto stored = storage::ResultRepository::versionsInUse(tx, dossier.dossierId);
        if (!stored)
            return std::unexpected(stored.error());
        QHash<qint64, int> shown;
        for (const ValidationResultRow *r : dossier.rows())
            shown.insert(r->result.id, r->result.version);
        if (*version != dossier.version || *stored != shown)
            return fail(errc::ValidationPreloadStale,
                        Tr::tr("Le dossier %1 a changé depuis son préchargement : il est relu.").arg(dossier.header.dossierNumber),
                        QString::number(dossier.dossierId));
        auto audit = storage::AuditRepository::append(tx, actor, QStringLiteral("dossier.open"), QStringLiteral("dossier"),
                                                      QString::number(dossier.dossierId), {},
                                                      openRecord(*patientId, dossier.previousPerAnalysis, true));
        if (!audit)
            return std::unexpected(audit.error());
        return audit->seq;
    });
}

Result<ValidationDossier> ValidationDossierView::openIn(storage::WriteTx &tx, const AuditActor &actor, qint64 dossierId,
                                                        CatalogueCache &cache, int previousPerAnalysis)
{
    const int perAnalysis = std::clamp(previousPerAnalysis, 1, 100);
    // The patient id carries no patient data: it lets the audit row name the patient whose
    // file is opened, and an unknown dossier is refused before anything is written.
    auto patientId = storage::DossierRepository::patientIdOf(tx, dossierId);
    if (!patientId)
        return std::unexpected(patientId.error());
    auto audit = storage::AuditRepository::appendAction(tx, actor, QStringLiteral("dossier.open"),
                                                        QStringLiteral("dossier"), QString::number(dossierId),
                                                        openRecord(*patientId, perAnalysis, false));
    if (!audit)
        return std::unexpected(audit.error());
    return readIn(tx, dossierId, cache, perAnalysis, *audit);
}

Result<ValidationDossier> ValidationDossierView::readIn(storage::ReadTx &tx, qint64 dossierId, CatalogueCache &cache,
                                                        int perAnalysis, const storage::ActionAudit &audit)
{
    auto dossier = storage::DossierRepository::getUnaudited(tx, dossierId, audit);
    if (!dossier)
        return std::unexpected(dossier.error());
    auto patient = storage::PatientRepository::getUnaudited(tx, dossier->patientId, audit);
    if (!patient)
        return std::unexpected(patient.error());
    auto catalogue = cache.current(tx);
    if (!catalogue)
        return std::unexpected(catalogue.error());
    auto results = storage::ResultRepository::forDossierUnaudited(tx, dossierId, audit);
    if (!results)
        return std::unexpected(results.error());
    auto steps = storage::ResultHistoryRepository::forDossier(tx, dossierId);
    if (!steps)
        return std::unexpected(steps.error());
    auto exams = storage::OrderedExamRepository::forDossier(tx, dossierId);
    if (!exams)
        return std::unexpected(exams.error());
    auto ncs = storage::NonConformityRepository::forDossier(tx, dossierId);
    if (!ncs)
        return std::unexpected(ncs.error());
    auto comments = storage::CommentRepository::forDossierUnaudited(tx, dossierId, audit);
    if (!comments)
        return std::unexpected(comments.error());
    auto tubes = storage::DossierRepository::specimens(tx, dossierId);
    if (!tubes)
        return std::unexpected(tubes.error());
    auto callBacks = storage::CallBackRepository::forDossier(tx, dossierId);
    if (!callBacks)
        return std::unexpected(callBacks.error());
    auto qcHolds = storage::QcHoldRepository::heldInDossier(tx, dossierId);
    if (!qcHolds)
        return std::unexpected(qcHolds.error());

    const QDateTime collectedAt = ResultAssessment::collectedAt(*dossier, *tubes);
    const QDate collection = collectedAt.toLocalTime().date();

    // Antériorités: validated results of other dossiers up to this dossier's latest measure,
    // so that opening an older dossier does not show what came after it.
    QDateTime before = collectedAt;
    QStringList codes;
    QList<LabResult> shown;
    for (const LabResult &r : *results) {
        if (r.state == ValidationState::Cancelled)
            continue;
        shown << r;
        codes << r.analysisCode;
        if (ResultAssessment::measuredAt(r) > before)
            before = ResultAssessment::measuredAt(r);
    }
    auto history = storage::ResultRepository::historyUnaudited(tx, dossier->patientId, codes, dossierId,
                                                               before.addSecs(1), perAnalysis, audit);
    if (!history)
        return std::unexpected(history.error());

    ValidationDossier out;
    out.dossierId = dossierId;
    out.version = dossier->version;
    out.auditSeq = audit.seq();
    out.previousPerAnalysis = perAnalysis;
    out.header = header(*dossier, *patient, collection, *ncs);
    out.reflexProposals = ReflexTests::proposalsFor(**catalogue, *results);
    out.callBacks = *callBacks;
    out.comments = *comments;

    QHash<qint64, QList<ResultHistoryEntry>> stepsOf;
    for (const ResultHistoryEntry &e : *steps)
        stepsOf[e.resultId] << e;
    QHash<qint64, QString> examOfOrder;
    for (const OrderedExam &e : *exams)
        examOfOrder.insert(e.id, e.examCode);
    QHash<QString, int> examRank;
    for (qsizetype i = 0; i < (*catalogue)->exams.size(); ++i)
        examRank.insert((*catalogue)->exams[i].code, int(i));

    QMap<RowKey, ValidationResultRow> ordered;
    for (const LabResult &r : std::as_const(shown)) {
        ValidationResultRow row;
        row.result = r;
        const Analysis *analysis = cache.analysis(r.analysisCode);
        row.analysisLabel = analysis ? analysis->label : r.analysisCode;
        const QString valueUnit = r.value.kind == ResultValue::Kind::Numeric ? r.value.unit
                                  : analysis                                 ? analysis->unit
                                                                             : QString();
        row.unit = analysis && !analysis->displayUnit.isEmpty() && valueUnit == analysis->unit ? analysis->displayUnit
                                                                                               : valueUnit;
        const ResultAssessment judged =
            ResultAssessment::assess(analysis, r, *patient, collection, history->value(r.analysisCode));
        row.range = judged.range;
        if (row.range)
            row.rangeText = rangeText(*row.range);
        row.critical = judged.critical;
        row.delta = judged.delta;
        row.qcHold = qcHolds->value(r.id);
        row.steps = stepsOf.value(r.id);
        for (const ResultHistoryEntry &e : std::as_const(row.steps))
            if (e.action == validationActionCode(ValidationAction::RequestRerun) || e.action == QLatin1String("new_sample"))
                ++row.rerunCount;
        for (const LabResult &h : history->value(r.analysisCode))
            row.previous << previousValue(h, valueUnit, analysis);

        // Grouping: the ordered exam, else (reflex additions, older results) the analysis' primary exam.
        QString examCode = examOfOrder.value(r.orderedExamId);
        if (examCode.isEmpty())
            if (const Exam *e = (*catalogue)->examOf(r.analysisCode))
                examCode = e->code;
        const Exam *exam = (*catalogue)->exam(examCode);
        const Chapter *chapter = exam ? (*catalogue)->topChapter(exam->chapterCode) : nullptr;
        const int position = exam ? int(exam->analysisCodes.indexOf(r.analysisCode)) : -1;
        const RowKey key{chapter ? chapter->order : std::numeric_limits<int>::max(), chapter ? chapter->code : QString(),
                         examRank.value(examCode, std::numeric_limits<int>::max()), examCode,
                         position < 0 ? std::numeric_limits<int>::max() : position, r.id};
        ordered.insert(key, row);
    }
    for (auto it = ordered.cbegin(); it != ordered.cend(); ++it) {
        const ValidationResultRow &row = it.value();
        const QString examCode = std::get<3>(it.key());
        const QString chapterCode = std::get<1>(it.key());
        if (out.chapters.isEmpty() || out.chapters.last().chapterCode != chapterCode) {
            const Chapter *chapter = (*catalogue)->chapter(chapterCode);
            out.chapters << ValidationChapterGroup{chapterCode,
                                                   chapter ? chapter->label : Tr::tr("Autres analyses"), {}};
        }
        QList<ValidationExamGroup> &groups = out.chapters.last().exams;
        if (groups.isEmpty() || groups.last().examCode != examCode) {
            const Exam *exam = (*catalogue)->exam(examCode);
            groups << ValidationExamGroup{examCode, exam ? exam->label : Tr::tr("Analyses hors examen"), {}};
        }
        groups.last().rows << row;
    }
    return out;
}

} // namespace sgl::workflow::validation
