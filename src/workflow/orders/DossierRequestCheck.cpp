#include "workflow/orders/DossierRequestCheck.h"

#include "domain/lab/RppsNumber.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"

#include <QRegularExpression>
#include <QSet>

namespace sgl::workflow::orders {

using namespace sgl::domain;

namespace {

bool isMailAddress(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return re.match(s).hasMatch();
}

Status checkRpps(const QString &rpps, const QString &field, QStringList &warnings)
{
    if (rpps.isEmpty())
        return {};
    switch (RppsNumber::check(rpps)) {
    case RppsNumber::Check::Valid:
        return {};
    case RppsNumber::Check::WrongKey:
        warnings << Tr::tr("Le numéro RPPS %1 a une clé de contrôle fausse : vérifiez-le (enregistré tel quel).").arg(rpps);
        return {};
    case RppsNumber::Check::WrongLength:
    case RppsNumber::Check::NotDigits:
        break;
    }
    return fail(errc::OrderBadRpps, Tr::tr("Numéro RPPS « %1 » invalide : 11 chiffres attendus.").arg(rpps), field);
}

} // namespace

QStringList DossierRequestCheck::analysesOf(const QStringList &examCodes, const Catalogue &catalogue)
{
    QStringList out;
    for (const QString &code : examCodes) {
        const Exam *exam = catalogue.exam(code);
        if (!exam)
            continue;
        for (const QString &a : exam->analysisCodes) {
            const Analysis *analysis = catalogue.analysis(a);
            if (analysis && !analysis->retired && !out.contains(a))
                out << a;
        }
    }
    return out;
}

QList<ClinicalQuestion> DossierRequestCheck::requiredQuestions(const QStringList &analysisCodes, const Catalogue &catalogue,
                                                               Sex sex, const QMap<QString, QString> &answers)
{
    QSet<QString> asked;
    for (const QString &code : analysisCodes)
        if (const Analysis *a = catalogue.analysis(code))
            for (const QString &q : a->questions)
                asked.insert(q);
    QList<ClinicalQuestion> out;
    for (const ClinicalQuestion &q : ClinicalQuestion::builtIn()) {
        if (!asked.contains(q.code))
            continue;
        if (q.femaleOnly && sex == Sex::Male)
            continue;
        if (!q.onlyIfYes.isEmpty()) {
            const QString parent = answers.value(q.onlyIfYes).trimmed().toLower();
            if (parent != u"y" && parent != u"oui" && parent != u"o" && parent != u"yes")
                continue;
        }
        out << q;
    }
    return out;
}

Result<DossierRequestCheck::Checked> DossierRequestCheck::check(const DossierRequest &r, const Catalogue &catalogue,
                                                                const Patient &patient, const QDateTime &now)
{
    Checked out;
    if (r.examCodes.isEmpty())
        return fail(errc::OrderNoExam, Tr::tr("Aucun examen demandé."), QStringLiteral("exams"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < r.examCodes.size(); ++i) {
        const QString code = r.examCodes[i].trimmed();
        const QString field = QStringLiteral("exams[%1]").arg(i);
        const Exam *exam = catalogue.exam(code);
        if (!exam)
            return fail(errc::OrderUnknownExam, Tr::tr("Examen « %1 » inconnu du catalogue.").arg(code), field);
        if (exam->retired)
            return fail(errc::OrderRetiredExam, Tr::tr("L'examen « %1 » (%2) n'est plus prescriptible.").arg(code, exam->label),
                        field);
        if (seen.contains(code))
            return fail(errc::OrderDuplicateExam, Tr::tr("L'examen « %1 » est demandé deux fois.").arg(code), field);
        seen.insert(code);
    }
    out.analysisCodes = analysesOf(r.examCodes, catalogue);

    if (r.prescriberName.trimmed().isEmpty())
        return fail(errc::OrderPrescriberMissing, Tr::tr("Indiquez le prescripteur."), QStringLiteral("prescriber.name"));
    if (auto ok = checkRpps(r.prescriberRpps.trimmed(), QStringLiteral("prescriber.rpps"), out.warnings); !ok)
        return std::unexpected(ok.error());
    if (!r.prescriberMssante.trimmed().isEmpty() && !isMailAddress(r.prescriberMssante.trimmed()))
        return fail(errc::OrderBadMssante, Tr::tr("Adresse MSSanté du prescripteur « %1 » invalide.").arg(r.prescriberMssante),
                    QStringLiteral("prescriber.mssante"));
    for (qsizetype i = 0; i < r.correspondents.size(); ++i) {
        const Correspondent &c = r.correspondents[i];
        const QString field = QStringLiteral("correspondents[%1]").arg(i);
        if (c.name.trimmed().isEmpty())
            return fail(errc::OrderCorrespondentMissing, Tr::tr("Copie n° %1 sans nom de destinataire.").arg(i + 1),
                        field + QStringLiteral(".name"));
        if (auto ok = checkRpps(c.rpps.trimmed(), field + QStringLiteral(".rpps"), out.warnings); !ok)
            return std::unexpected(ok.error());
        if (!c.mssante.trimmed().isEmpty() && !isMailAddress(c.mssante.trimmed()))
            return fail(errc::OrderBadMssante, Tr::tr("Adresse MSSanté « %1 » de %2 invalide.").arg(c.mssante, c.name),
                        field + QStringLiteral(".mssante"));
    }

    const QDate today = now.toLocalTime().date();
    if (r.prescribedOn.isValid() && r.prescribedOn > today)
        return fail(errc::OrderPrescriptionInFuture,
                    Tr::tr("Date de prescription %1 postérieure à aujourd'hui.").arg(r.prescribedOn.toString(QStringLiteral("dd/MM/yyyy"))),
                    QStringLiteral("prescribedOn"));
    if (r.sampledAt.isValid() && r.sampledAt > now.addSecs(5 * 60))
        return fail(errc::OrderSamplingInFuture,
                    Tr::tr("Heure de prélèvement %1 dans le futur.")
                        .arg(r.sampledAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))),
                    QStringLiteral("sampledAt"));
    if (r.sampledAt.isValid() && r.prescribedOn.isValid() && r.sampledAt.toLocalTime().date() < r.prescribedOn)
        out.warnings << Tr::tr("Le prélèvement est antérieur à la date de prescription : vérifiez les dates.");
    if (r.origin == Dossier::Origin::Ward && r.ward.trimmed().isEmpty())
        return fail(errc::OrderWardMissing, Tr::tr("Indiquez le service demandeur."), QStringLiteral("ward"));
    if (r.reportToPatient && !patient.insUsable())
        return fail(errc::OrderPatientCopyWithoutIns,
                    Tr::tr("Copie MSSanté au patient impossible : son identité n'est pas qualifiée (INS)."),
                    QStringLiteral("reportToPatient"));

    // Clinical information: every required question answered and well formed.
    const auto questions = requiredQuestions(out.analysisCodes, catalogue, patient.traits.sex, r.clinicalAnswers);
    for (const ClinicalQuestion &q : questions) {
        auto answer = q.normalise(r.clinicalAnswers.value(q.code), now);
        if (!answer)
            return std::unexpected(answer.error());
        out.answers.insert(q.code, *answer);
    }
    // Answers to other built-in questions are kept when valid (information given anyway).
    for (auto it = r.clinicalAnswers.cbegin(); it != r.clinicalAnswers.cend(); ++it) {
        if (out.answers.contains(it.key()) || it.value().trimmed().isEmpty())
            continue;
        const auto q = ClinicalQuestion::find(it.key());
        if (!q)
            return fail(errc::OrderUnknownQuestion, Tr::tr("Renseignement clinique « %1 » inconnu.").arg(it.key()),
                        QStringLiteral("clinicalAnswers.%1").arg(it.key()));
        auto answer = q->normalise(it.value(), now);
        if (!answer)
            return std::unexpected(answer.error());
        out.answers.insert(q->code, *answer);
    }
    QStringList noTube;
    for (const QString &code : out.analysisCodes)
        if (const Analysis *a = catalogue.analysis(code); a && !a->isCalculated() && a->container.isEmpty())
            noTube << code;
    if (!noTube.isEmpty())
        out.warnings << Tr::tr("Analyse(s) sans type de tube au catalogue : %1 (aucun tube prévu).")
                            .arg(noTube.join(QStringLiteral(", ")));
    return out;
}

} // namespace sgl::workflow::orders
