#include "domain/lab/LabelField.h"

#include <array>
#include <utility>

namespace sgl::domain {

namespace {

constexpr std::array<std::pair<LabelField, QLatin1StringView>, 11> kKeys{{
    {LabelField::PatientName, QLatin1StringView("patientName")},
    {LabelField::UsedName, QLatin1StringView("usedName")},
    {LabelField::BirthDate, QLatin1StringView("birthDate")},
    {LabelField::Sex, QLatin1StringView("sex")},
    {LabelField::DossierNumber, QLatin1StringView("dossierNumber")},
    {LabelField::Priority, QLatin1StringView("priority")},
    {LabelField::BarcodeText, QLatin1StringView("barcodeText")},
    {LabelField::Container, QLatin1StringView("container")},
    {LabelField::SpecimenType, QLatin1StringView("specimenType")},
    {LabelField::SamplingTime, QLatin1StringView("samplingTime")},
    {LabelField::CopyIndex, QLatin1StringView("copyIndex")},
}};

} // namespace

QList<LabelField> allLabelFields()
{
    QList<LabelField> out;
    for (const auto &[field, key] : kKeys)
        out << field;
    return out;
}

QLatin1StringView labelFieldKey(LabelField field)
{
    for (const auto &[f, key] : kKeys)
        if (f == field)
            return key;
    return {};
}

std::optional<LabelField> labelFieldFromKey(QStringView key)
{
    for (const auto &[field, k] : kKeys)
        if (key == k)
            return field;
    return std::nullopt;
}

} // namespace sgl::domain
