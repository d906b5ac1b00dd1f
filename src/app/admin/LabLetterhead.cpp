#include "app/admin/LabLetterhead.h"

#include "app/ErrorCodes.h"

#include <QRegularExpression>

namespace sgl::app {

namespace {
const QString kName = QStringLiteral("lab.name");
const QString kFiness = QStringLiteral("lab.finess");
const QString kStreet = QStringLiteral("lab.street");
const QString kPostalCode = QStringLiteral("lab.postal_code");
const QString kCity = QStringLiteral("lab.city");
const QString kPhone = QStringLiteral("lab.phone");
} // namespace

LabLetterhead LabLetterhead::fromSettings(const QHash<QString, QString> &values)
{
    return {values.value(kName),       values.value(kFiness), values.value(kStreet),
            values.value(kPostalCode), values.value(kCity),   values.value(kPhone)};
}

QHash<QString, QString> LabLetterhead::toSettings() const
{
    return {{kName, name},       {kFiness, finess}, {kStreet, street},
            {kPostalCode, postalCode}, {kCity, city},     {kPhone, phone}};
}

domain::Status LabLetterhead::validate() const
{
    if (name.trimmed().isEmpty())
        return domain::fail(errc::SettingsLabName,
                            tr("Le nom du laboratoire est obligatoire (en-tête des comptes "
                               "rendus)."),
                            kName);
    static const QRegularExpression finessRe(QStringLiteral("^(\\d{2}|2A|2B)\\d{7}$"));
    if (!finessRe.match(finess).hasMatch())
        return domain::fail(errc::SettingsFiness,
                            tr("Le numéro FINESS doit comporter 9 caractères (chiffres, 2A ou 2B "
                               "pour la Corse)."),
                            kFiness);
    static const QRegularExpression postalRe(QStringLiteral("^\\d{5}$"));
    if (!postalCode.isEmpty() && !postalRe.match(postalCode).hasMatch())
        return domain::fail(errc::SettingsPostalCode,
                            tr("Le code postal doit comporter 5 chiffres."), kPostalCode);
    static const QRegularExpression phoneRe(QStringLiteral("^\\+?[0-9 .]{10,20}$"));
    if (!phone.isEmpty() && !phoneRe.match(phone).hasMatch())
        return domain::fail(errc::SettingsPhone,
                            tr("Le téléphone du laboratoire doit comporter au moins 10 chiffres."),
                            kPhone);
    return {};
}

} // namespace sgl::app
