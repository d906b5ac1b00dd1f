#include "workflow/report/LabSettings.h"

#include "interop/cda/CdaFormat.h"
#include "storage/Database.h"
#include "storage/ReportSettingsRepository.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/report/LabelLayoutSettings.h"
#include "workflow/ErrorCodes.h"

#include <QRegularExpression>

#include <algorithm>

namespace sgl::workflow::report {

using namespace Qt::StringLiterals;

QStringList LabSettings::keys()
{
    return QStringList{u"lab.finess"_s, u"lab.siret"_s, u"lab.name"_s, u"lab.street"_s, u"lab.postal_code"_s, u"lab.city"_s,
            u"lab.phone"_s, u"lab.cofrac"_s, u"lab.practice_setting"_s, u"lab.mssante"_s, u"oid.root"_s,
            u"barcode.prefix"_s, u"barcode.digits"_s}
           + LabelLayoutSettings::keys();
}

bool LabSettings::isValidFiness(const QString &finess)
{
    // ^[0-9][0-9AB][0-9]{7}$, anchored with \A...\z: "$" alone would also accept a trailing "\n".
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"[0-9][0-9AB][0-9]{7}"_s));
    return pattern.match(finess).hasMatch();
}

LabSettings LabSettings::fromMap(const QHash<QString, QString> &v)
{
    LabSettings s;
    s.laboratory.finess = v.value(u"lab.finess"_s);
    s.laboratory.siret = v.value(u"lab.siret"_s);
    s.laboratory.name = v.value(u"lab.name"_s);
    s.laboratory.streetLine = v.value(u"lab.street"_s);
    s.laboratory.postalCode = v.value(u"lab.postal_code"_s);
    s.laboratory.city = v.value(u"lab.city"_s);
    s.laboratory.phone = v.value(u"lab.phone"_s);
    s.laboratory.cofracAccreditation = v.value(u"lab.cofrac"_s);
    s.laboratory.mssanteAddress = v.value(u"lab.mssante"_s);
    if (!v.value(u"lab.practice_setting"_s).isEmpty())
        s.laboratory.practiceSettingCode = v.value(u"lab.practice_setting"_s);
    s.oidRoot = v.value(u"oid.root"_s);
    s.barcodeScheme.prefix = v.value(u"barcode.prefix"_s);
    bool ok = false;
    const int digits = v.value(u"barcode.digits"_s).toInt(&ok);
    if (ok)
        s.barcodeScheme.digits = digits;
    s.labelLayout = LabelLayoutSettings::fromMap(v);
    return s;
}

domain::Result<LabSettings> LabSettings::load(storage::Database &db)
{
    return db.read([](storage::ReadTx &tx) { return loadIn(tx); });
}

domain::Result<LabSettings> LabSettings::loadIn(storage::ReadTx &tx)
{
    auto values = storage::ReportSettingsRepository::all(tx);
    if (!values)
        return std::unexpected(values.error());
    return fromMap(*values);
}

domain::Status LabSettings::save(storage::Database &db, const domain::UserSession &by,
                                 const QHash<QString, QString> &values)
{
    if (auto allowed = requirePermission(by, domain::Permission::SystemConfig); !allowed)
        return allowed;
    const QString &user = by.login;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!keys().contains(it.key()))
            return domain::fail(errc::ReportBadSetting, u"Paramètre de compte rendu inconnu : %1."_s.arg(it.key()));
        if (it.key() == u"lab.finess"_s && !isValidFiness(it.value()))
            return domain::fail(errc::ReportBadSetting, u"Numéro FINESS invalide (%1) : 9 caractères attendus, des chiffres sauf le 2e "
                                                 "qui peut être A ou B (Corse : 2A, 2B)."_s.arg(it.value()),
                                u"lab.finess"_s);
        if (it.key() == u"oid.root"_s && !interop::cda::CdaFormat::isIdentifierRoot(it.value()))
            return domain::fail(errc::ReportBadSetting, u"OID racine invalide (%1)."_s.arg(it.value()), u"oid.root"_s);
        if (it.key() == u"barcode.prefix"_s || it.key() == u"barcode.digits"_s) {
            domain::BarcodeScheme scheme = fromMap(values).barcodeScheme;
            if (it.key() == u"barcode.digits"_s && (it.value().toInt() == 0))
                scheme.digits = 0; // not a number: refused below with the field named
            if (auto valid = scheme.validate(); !valid)
                return valid;
        }
        if (it.key() == u"lab.practice_setting"_s && it.value() != u"AMBULATOIRE"_s && it.value() != u"ETABLISSEMENT"_s)
            return domain::fail(errc::ReportBadSetting, u"Cadre d'exercice attendu : AMBULATOIRE ou ETABLISSEMENT."_s,
                                u"lab.practice_setting"_s);
    }
    const bool labels = std::any_of(values.keyBegin(), values.keyEnd(),
                                    [](const QString &k) { return k.startsWith(u"label."_s); });
    return db.write([&](storage::WriteTx &tx) -> domain::Status {
        if (labels) {
            // The layout is printable as a whole: the new values over those already stored.
            auto stored = storage::ReportSettingsRepository::all(tx);
            if (!stored)
                return std::unexpected(stored.error());
            QHash<QString, QString> merged;
            for (auto it = stored->cbegin(); it != stored->cend(); ++it)
                if (it.key().startsWith(u"label."_s))
                    merged.insert(it.key(), it.value());
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                if (it.key().startsWith(u"label."_s))
                    merged.insert(it.key(), it.value().trimmed());
            if (auto layout = LabelLayoutSettings::parse(merged); !layout)
                return std::unexpected(layout.error());
        }
        for (auto it = values.begin(); it != values.end(); ++it)
            if (auto ok = storage::ReportSettingsRepository::set(tx, it.key(), it.value().trimmed(), user); !ok)
                return ok;
        return {};
    });
}

} // namespace sgl::workflow::report
