#include "app/validation/DossierTexts.h"

#include "app/validation/ValidationResultsModel.h"

namespace sgl::app {

using namespace sgl::domain;

QString DossierTexts::sexText(Sex sex)
{
    switch (sex) {
    case Sex::Female:
        return tr("F");
    case Sex::Male:
        return tr("M");
    case Sex::Unknown:
        break;
    }
    return QString();
}

QString DossierTexts::originText(Dossier::Origin origin, const QString &ward)
{
    if (origin == Dossier::Origin::Ward)
        return ward.isEmpty() ? tr("Service hospitalier") : tr("Service %1").arg(ward);
    return tr("Externe");
}

QString DossierTexts::html(const workflow::validation::ValidationDossier &d,
                                const workflow::validation::ValidationQueueRow *queueRow,
                                const QString &prescriberFlag)
{
    const auto &h = d.header;
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QStringList who{QStringLiteral("<b>%1</b>").arg(esc(h.patientName))};
    QStringList facts;
    if (!h.ageText.isEmpty())
        facts << esc(h.ageText);
    if (const QString s = sexText(h.sex); !s.isEmpty())
        facts << s;
    if (h.birthDate.isValid())
        facts << tr("né(e) le %1").arg(h.birthDate.toString(QStringLiteral("dd/MM/yyyy")));
    who << facts.join(QStringLiteral(", "));
    QString priority = esc(priorityLabel(h.priority));
    if (h.priority != Dossier::Priority::Routine)
        priority = QStringLiteral("<span style='color:#b00020'><b>%1</b></span>").arg(priority);
    who << tr("Dossier <b>%1</b> (%2, %3)").arg(esc(h.dossierNumber), priority, esc(dossierStatusLabel(h.status)));

    QStringList request;
    if (!h.prescriberName.isEmpty())
        request << tr("Prescripteur : %1").arg(esc(h.prescriberName))
                       + (prescriberFlag.isEmpty()
                              ? QString()
                              : QStringLiteral(" <span style='color:#8a5a00'>⚠ %1</span>").arg(esc(prescriberFlag)));
    request << esc(originText(h.origin, h.ward));
    if (h.sampledAt.isValid())
        request << tr("prélevé le %1").arg(h.sampledAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));

    QStringList clinical;
    for (const auto &a : h.clinicalAnswers)
        clinical << QStringLiteral("%1 %2").arg(esc(a.question), esc(a.answer));
    if (!h.pregnancy.isEmpty())
        clinical << tr("<b>Grossesse : %1</b>").arg(esc(h.pregnancy));
    if (!h.treatments.isEmpty())
        clinical << tr("Traitements : %1").arg(esc(h.treatments.join(QStringLiteral(", "))));
    if (!h.clinicalInfo.isEmpty())
        clinical << esc(h.clinicalInfo);

    QStringList lines{who.join(QStringLiteral(" — ")), request.join(QStringLiteral(" — "))};
    if (!clinical.isEmpty())
        lines << tr("Renseignements : %1").arg(clinical.join(QStringLiteral(" ; ")));
    if (!h.nonConformities.isEmpty()) {
        QStringList nc;
        for (const auto &n : h.nonConformities)
            nc << esc(n.comment.isEmpty() ? nonConformityReasonLabel(n.reason)
                                          : QStringLiteral("%1 (%2)").arg(nonConformityReasonLabel(n.reason), n.comment));
        lines << QStringLiteral("<span style='color:#c05a00'>%1</span>").arg(tr("Non-conformités : %1").arg(nc.join(QStringLiteral(" ; "))));
    }
    if (queueRow && queueRow->criticalWithoutCallBack)
        lines << QStringLiteral("<span style='color:#b00020'><b>%1</b></span>")
                     .arg(tr("Valeur critique : enregistrez le rappel du prescripteur (Ctrl+T) avant de valider."));
    if (const int deltas = d.deltaAlertCount(); deltas > 0)
        lines << QStringLiteral("<span style='color:#804000'>%1</span>").arg(tr("Alerte(s) delta : %1").arg(deltas));
    return lines.join(QStringLiteral("<br>"));
}

QString DossierTexts::comments(const workflow::validation::ValidationDossier &d)
{
    QStringList lines;
    if (!d.header.clinicalInfo.isEmpty())
        lines << tr("Prescription : %1").arg(d.header.clinicalInfo);
    for (const auto *r : d.rows()) {
        if (!r->result.comment.isEmpty())
            lines << tr("%1 : %2").arg(r->analysisLabel, r->result.comment);
        if (!r->result.reservation.isEmpty())
            lines << tr("%1 (réserve) : %2").arg(r->analysisLabel, r->result.reservation);
    }
    return lines.isEmpty() ? tr("Aucun commentaire.") : lines.join(u'\n');
}

QStringList DossierTexts::deltaAlerts(const workflow::validation::ValidationDossier &d)
{
    QStringList lines;
    for (const auto *r : d.rows())
        if (r->delta.alert)
            lines << tr("<b>%1</b> : %2 → %3 %4. %5")
                         .arg(r->analysisLabel.toHtmlEscaped(),
                              r->delta.previousValue ? ValidationResultsModel::number(*r->delta.previousValue) : QString(),
                              r->result.value.displayFr().toHtmlEscaped(), r->unit.toHtmlEscaped(), r->delta.reason.toHtmlEscaped());
    return lines;
}

} // namespace sgl::app
