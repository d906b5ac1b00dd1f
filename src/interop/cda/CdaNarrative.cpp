#include "interop/cda/CdaNarrative.h"

namespace sgl::interop::cda {

using domain::AbnormalFlag;
using domain::ReportObservation;
using domain::ResultValue;

namespace {

QString unitText(const QString &unit) { return unit == QLatin1String("1") ? QString() : unit; }

QString numberFr(const QString &n)
{
    QString out = n.trimmed();
    out.replace(QLatin1Char('.'), QLatin1Char(','));
    return out;
}

QString proName(const domain::HealthProfessional &p)
{
    QString name = p.givenName.trimmed() + QLatin1Char(' ') + p.familyName.trimmed();
    if (!p.prefix.trimmed().isEmpty())
        name = p.prefix.trimmed() + QLatin1Char(' ') + name;
    return name.trimmed();
}

} // namespace

QString CdaNarrative::dateTimeText(const QDateTime &when)
{
    return when.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString CdaNarrative::flagLabel(AbnormalFlag flag)
{
    switch (flag) {
    case AbnormalFlag::Normal: return QStringLiteral("Normal");
    case AbnormalFlag::Low: return QStringLiteral("Bas");
    case AbnormalFlag::High: return QStringLiteral("Haut");
    case AbnormalFlag::CriticalLow: return QStringLiteral("Critique bas");
    case AbnormalFlag::CriticalHigh: return QStringLiteral("Critique haut");
    case AbnormalFlag::Abnormal: return QStringLiteral("Anormal");
    case AbnormalFlag::CriticalAbnormal: return QStringLiteral("Critique anormal");
    case AbnormalFlag::BelowAbsoluteLow: return QStringLiteral("Inférieur au seuil de mesure");
    case AbnormalFlag::AboveAbsoluteHigh: return QStringLiteral("Supérieur au seuil de mesure");
    }
    return {};
}

QString CdaNarrative::valueText(const ResultValue &v)
{
    switch (v.kind) {
    case ResultValue::Kind::Numeric: {
        QString prefix;
        switch (v.comparator) {
        case domain::Comparator::Less: prefix = QStringLiteral("< "); break;
        case domain::Comparator::LessOrEqual: prefix = QStringLiteral("≤ "); break;
        case domain::Comparator::Greater: prefix = QStringLiteral("> "); break;
        case domain::Comparator::GreaterOrEqual: prefix = QStringLiteral("≥ "); break;
        case domain::Comparator::None: break;
        }
        return prefix + numberFr(v.number);
    }
    case ResultValue::Kind::Coded:
        return v.coded.displayName.isEmpty() ? v.coded.code : v.coded.displayName;
    case ResultValue::Kind::Text:
        return v.text;
    case ResultValue::Kind::Empty:
        break;
    }
    return {};
}

QString CdaNarrative::intervalText(const ReportObservation &obs, const QString &unit)
{
    for (const domain::ReferenceInterval &ri : obs.referenceIntervals) {
        if (!ri.unit.isEmpty() && !unit.isEmpty() && ri.unit != unit)
            continue;
        if (!ri.low.isEmpty() && !ri.high.isEmpty())
            return numberFr(ri.low) + QStringLiteral(" - ") + numberFr(ri.high);
        if (!ri.low.isEmpty())
            return QStringLiteral("> ") + numberFr(ri.low);
        if (!ri.high.isEmpty())
            return QStringLiteral("< ") + numberFr(ri.high);
        if (!ri.text.isEmpty())
            return ri.text;
    }
    return {};
}

void CdaNarrative::specimen(const domain::ReportBattery &battery)
{
    if (!battery.collectedAt.isValid())
        return;
    QString text = QStringLiteral("Prélèvement");
    if (!battery.specimenTypeDisplay.isEmpty())
        text += QStringLiteral(" (%1)").arg(battery.specimenTypeDisplay);
    text += QStringLiteral(" du ") + dateTimeText(battery.collectedAt);
    m_text.addText("paragraph", text);
}

void CdaNarrative::beginTable(const QString &caption)
{
    xml::XmlWriterElement table = m_text.add("table").set("border", "0");
    xml::XmlWriterElement head = table.add("thead");
    xml::XmlWriterElement tr = head.add("tr");
    tr.addText("th", caption).set("styleCode", "Bold");
    for (const char *h : {"Résultat", "Unité", "Valeurs de référence", "Antériorité"})
        tr.addText("th", QString::fromUtf8(h));
    m_body = table.add("tbody");
}

void CdaNarrative::observationRow(const ReportObservation &obs, const ResultValue &value,
                                  const QString &label, const QString &refId, const QString &methodId,
                                  const QString &commentId, std::optional<AbnormalFlag> flag)
{
    xml::XmlWriterElement tr = m_body.add("tr");
    xml::XmlWriterElement first = tr.add("td");
    // Continuation rows (second unit) reference an empty-looking label: keep the analysis name
    // so the reference target is never empty.
    first.addText("content", label.isEmpty() ? obs.label + QStringLiteral(" (seconde unité)") : label)
        .set("ID", refId);
    if (!methodId.isEmpty()) {
        first.add("br");
        first.addText("content", QStringLiteral("Méthode : ") + obs.method.trimmed()).set("ID", methodId);
    }
    if (obs.performer) {
        first.add("br");
        first.addText("content", QStringLiteral("Réalisé par : ") + obs.performer->name)
            .set("styleCode", "Italics");
    }
    xml::XmlWriterElement result = tr.add("td");
    if (obs.cancelled) {
        result.text(QStringLiteral("Annulé"));
    } else if (!obs.completed) {
        result.text(QStringLiteral("En cours"));
    } else {
        const bool abnormal = flag && *flag != AbnormalFlag::Normal;
        if (abnormal) {
            result.addText("content", valueText(value) + QStringLiteral(" (") + flagLabel(*flag) + QLatin1Char(')'))
                .set("styleCode", "Bold");
        } else {
            result.text(valueText(value));
        }
    }
    tr.addText("td", unitText(value.unit));
    tr.addText("td", intervalText(obs, value.unit));
    xml::XmlWriterElement prev = tr.add("td");
    if (obs.previous && label == obs.label && obs.previous->observedAt.isValid())
        prev.text(valueText(obs.previous->value) + QStringLiteral(" (")
                  + obs.previous->observedAt.toString(QStringLiteral("dd/MM/yyyy")) + QLatin1Char(')'));
    if (!commentId.isEmpty()) {
        xml::XmlWriterElement row = m_body.add("tr");
        row.add("td").set("colspan", "5").addText("content", obs.comment.trimmed()).set("ID", commentId)
            .set("styleCode", "Italics");
    }
}

void CdaNarrative::endTable() {}

void CdaNarrative::commentParagraph(const QString &text, const QString &id)
{
    m_text.add("paragraph").addText("content", text.trimmed()).set("ID", id);
}

void CdaNarrative::validators(const domain::ReportBattery &battery)
{
    QStringList seen;
    for (const ReportObservation &obs : battery.observations) {
        if (!obs.validator || !obs.validatedAt.isValid())
            continue;
        const QString line = obs.autoValidated
                                 ? QStringLiteral("Résultats validés selon les règles du laboratoire, sous la responsabilité de %1, le %2")
                                       .arg(proName(*obs.validator), dateTimeText(obs.validatedAt))
                                 : QStringLiteral("Résultats validés par %1 le %2")
                                       .arg(proName(*obs.validator), dateTimeText(obs.validatedAt));
        const QString key = proName(*obs.validator) + (obs.autoValidated ? QStringLiteral("|auto") : QString());
        if (seen.contains(key))
            continue;
        seen.append(key);
        m_text.addText("paragraph", line);
    }
}

} // namespace sgl::interop::cda
