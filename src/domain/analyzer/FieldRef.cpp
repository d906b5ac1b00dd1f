#include "domain/analyzer/FieldRef.h"

#include "domain/ErrorCodes.h"
#include "domain/Tr.h"

#include <QRegularExpression>

#include <array>

namespace sgl::domain::analyzer {

namespace {

struct Place {
    MessageField field;
    const char *astm;
    const char *hl7;
};

constexpr std::array<Place, 7> kPlaces{{
    {MessageField::Specimen, "O-3", "SPM-2"},
    {MessageField::InstrumentSpecimen, "O-4", "SAC-3"},
    {MessageField::Patient, "P-3", "PID-3"},
    {MessageField::LabPatient, "P-4", "PID-2"},
    {MessageField::OrderTest, "O-5", "OBR-4"},
    {MessageField::TestId, "R-3", "OBX-3"},
    {MessageField::Value, "R-4", "OBX-5"},
}};

QString placeName(MessageField field, AnalyzerProtocol protocol)
{
    for (const Place &p : kPlaces) {
        if (p.field == field)
            return QString::fromLatin1(protocol == AnalyzerProtocol::Astm ? p.astm : p.hl7);
    }
    return {};
}

const QStringList &componentsOf(const AnalyzerResult &r, MessageField field)
{
    switch (field) {
    case MessageField::Specimen: return r.specimenIdComponents;
    case MessageField::InstrumentSpecimen: return r.instrumentSpecimenIdComponents;
    case MessageField::Patient: return r.patientIdComponents;
    case MessageField::LabPatient: return r.labPatientIdComponents;
    case MessageField::OrderTest: return r.orderTestIdComponents;
    case MessageField::TestId: return r.testIdComponents;
    case MessageField::Value: return r.valueComponents;
    }
    return r.specimenIdComponents;
}

} // namespace

Result<FieldRef> FieldRef::parse(const QString &text, AnalyzerProtocol protocol)
{
    static const QRegularExpression re(QStringLiteral(R"(^([A-Z]{1,3}-\d{1,2})(?:\.(\d{1,2}))?(?:/(\d))?$)"));
    const auto refuse = [&] {
        return fail(errc::AnalyzerBadFieldRef,
                    Tr::tr("Référence de champ « %1 » inconnue pour le protocole %2 : attendu par exemple %3.")
                        .arg(text,
                             protocol == AnalyzerProtocol::Astm ? QStringLiteral("ASTM") : QStringLiteral("HL7"),
                             protocol == AnalyzerProtocol::Astm ? QStringLiteral("« O-3.1 », « R-3.4 »")
                                                                : QStringLiteral("« SPM-2.1 », « OBX-3.1 »")),
                    text);
    };
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return refuse();
    FieldRef ref;
    bool known = false;
    for (const Place &p : kPlaces) {
        if (m.captured(1) == QLatin1String(protocol == AnalyzerProtocol::Astm ? p.astm : p.hl7)) {
            ref.field = p.field;
            known = true;
        }
    }
    if (!known)
        return refuse();
    ref.component = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    ref.part = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    if (ref.component > 20 || (!m.captured(3).isEmpty() && ref.part < 1))
        return refuse();
    return ref;
}

QString FieldRef::toString(AnalyzerProtocol protocol) const
{
    QString text = placeName(field, protocol);
    if (component > 0)
        text += QLatin1Char('.') + QString::number(component);
    if (part > 0)
        text += QLatin1Char('/') + QString::number(part);
    return text;
}

QString FieldRef::read(const AnalyzerResult &result) const
{
    const QStringList &components = componentsOf(result, field);
    QString text = component == 0 ? components.join(QLatin1Char('^')) : components.value(component - 1);
    if (part > 0)
        text = text.section(QLatin1Char('/'), part - 1, part - 1);
    return text;
}

} // namespace sgl::domain::analyzer
