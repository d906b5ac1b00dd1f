#include "domain/lab/TubeLabel.h"

#include "domain/Tr.h"

#include <QRegularExpression>

namespace sgl::domain {

QString TubeLabel::patientNameText() const
{
    const QString name = birthName.trimmed();
    const QString first = firstName.trimmed();
    if (name.isEmpty() || first.isEmpty())
        return name + first;
    return name + u' ' + first;
}

QString TubeLabel::usedNameText() const
{
    const QString used = usedName.trimmed();
    if (used.isEmpty() || used.compare(birthName.trimmed(), Qt::CaseInsensitive) == 0)
        return {};
    return Tr::tr("Nom utilisé : %1").arg(used);
}

QString TubeLabel::birthDateText() const
{
    // Written from the raw parts rather than through QDate: a partial INSi date ("1975-00-00")
    // is not a valid QDate, and the label must show exactly what is known.
    static const QRegularExpression raw(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto m = raw.match(birthDate);
    if (!m.hasMatch())
        return {};
    return m.captured(3) + u'/' + m.captured(2) + u'/' + m.captured(1);
}

QString TubeLabel::sexText() const
{
    switch (sex) {
    case Sex::Female:
        return QStringLiteral("F");
    case Sex::Male:
        return QStringLiteral("M");
    case Sex::Unknown:
        break;
    }
    return QStringLiteral("I");
}

QString TubeLabel::containerText() const
{
    const QString label = containerLabel.trimmed();
    const QString code = containerCode.trimmed();
    if (label.isEmpty())
        return code;
    if (code.isEmpty())
        return label;
    return label + QStringLiteral(" (") + code + u')';
}

QString TubeLabel::samplingText() const
{
    if (!sampledAt || !sampledAt->isValid())
        return {};
    const QDateTime local = sampledAt->toLocalTime();
    return Tr::tr("Prél. %1 %2").arg(local.toString(QStringLiteral("dd/MM/yyyy")),
                                     local.toString(QStringLiteral("HH:mm")));
}

QString TubeLabel::priorityText() const
{
    switch (priority) {
    case Priority::Urgent:
        return Tr::tr("URGENT");
    case Priority::Vital:
        return Tr::tr("VITAL");
    case Priority::Routine:
        break;
    }
    return {};
}

QString TubeLabel::copyText() const
{
    return QStringLiteral("%1/%2").arg(copyIndex).arg(copyCount);
}

QString TubeLabel::text(LabelField field) const
{
    switch (field) {
    case LabelField::PatientName:
        return patientNameText();
    case LabelField::UsedName:
        return usedNameText();
    case LabelField::BirthDate:
        return birthDateText();
    case LabelField::Sex:
        return sexText();
    case LabelField::DossierNumber:
        return dossierNumber.trimmed();
    case LabelField::Priority:
        return priorityText();
    case LabelField::BarcodeText:
        return barcode;
    case LabelField::Container:
        return containerText();
    case LabelField::SpecimenType:
        return specimenType.trimmed();
    case LabelField::SamplingTime:
        return samplingText();
    case LabelField::CopyIndex:
        return copyText();
    }
    return {};
}

QString TubeLabel::text(const QList<LabelField> &fields) const
{
    QStringList parts;
    for (LabelField f : fields)
        if (const QString t = text(f); !t.isEmpty())
            parts << t;
    return parts.join(u' ');
}

} // namespace sgl::domain
