#include "workflow/report/LabelLayoutSettings.h"

#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"

namespace sgl::workflow::report {

using namespace Qt::StringLiterals;
using domain::LabelLayout;

namespace {

const QString kWidth = u"label.width_mm"_s;
const QString kHeight = u"label.height_mm"_s;
const QString kMarginLeft = u"label.margin_left_mm"_s;
const QString kMarginTop = u"label.margin_top_mm"_s;
const QString kMarginRight = u"label.margin_right_mm"_s;
const QString kMarginBottom = u"label.margin_bottom_mm"_s;
const QString kSymbology = u"label.symbology"_s;
const QString kBarcodeHeight = u"label.barcode_height_mm"_s;
const QString kModule = u"label.module_mm"_s;
const QString kDpi = u"label.dpi"_s;
const QString kLineHeight = u"label.line_height_mm"_s;
const QString kQuietZones = u"label.quiet_zones"_s;
const QString kFields = u"label.fields"_s;

domain::Error bad(const QString &key, const QString &value, const QString &expected)
{
    return domain::Error{errc::ReportBadSetting,
                         Tr::tr("Réglage d'étiquette « %1 » invalide (« %2 ») : %3.").arg(key, value, expected), key};
}

/** Reads a millimetre value into `target` when the key is present; false (and `error`) when bad. */
bool readMm(const QHash<QString, QString> &v, const QString &key, double &target, std::optional<domain::Error> &error)
{
    if (!v.contains(key) || error)
        return !error;
    QString text = v.value(key).trimmed();
    text.replace(u',', u'.');
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || text.count(u'.') > 1 || text.contains(u'e', Qt::CaseInsensitive)) {
        error = bad(key, v.value(key), Tr::tr("un nombre de millimètres est attendu (ex. 50 ou 25,4)"));
        return false;
    }
    target = value;
    return true;
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

QStringList LabelLayoutSettings::keys()
{
    return {kWidth, kHeight, kMarginLeft, kMarginTop, kMarginRight, kMarginBottom, kSymbology,
            kBarcodeHeight, kModule, kDpi, kLineHeight, kQuietZones, kFields};
}

domain::Result<LabelLayout> LabelLayoutSettings::parse(const QHash<QString, QString> &v)
{
    LabelLayout layout;
    std::optional<domain::Error> error;
    readMm(v, kWidth, layout.widthMm, error);
    readMm(v, kHeight, layout.heightMm, error);
    readMm(v, kMarginLeft, layout.marginsMm.left, error);
    readMm(v, kMarginTop, layout.marginsMm.top, error);
    readMm(v, kMarginRight, layout.marginsMm.right, error);
    readMm(v, kMarginBottom, layout.marginsMm.bottom, error);
    readMm(v, kBarcodeHeight, layout.barcodeHeightMm, error);
    readMm(v, kModule, layout.moduleWidthMm, error);
    readMm(v, kLineHeight, layout.lineHeightMm, error);
    if (error)
        return std::unexpected(*error);
    if (v.contains(kSymbology)) {
        const QString s = v.value(kSymbology).trimmed().toLower();
        if (s == domain::symbologyKey(LabelLayout::Symbology::Code128))
            layout.symbology = LabelLayout::Symbology::Code128;
        else if (s == domain::symbologyKey(LabelLayout::Symbology::DataMatrix))
            layout.symbology = LabelLayout::Symbology::DataMatrix;
        else
            return std::unexpected(bad(kSymbology, v.value(kSymbology), Tr::tr("code128 ou datamatrix")));
    }
    if (v.contains(kDpi)) {
        bool ok = false;
        layout.dpi = v.value(kDpi).trimmed().toInt(&ok);
        if (!ok)
            return std::unexpected(bad(kDpi, v.value(kDpi), Tr::tr("203, 300 ou 600")));
    }
    if (v.contains(kQuietZones)) {
        const QString q = v.value(kQuietZones).trimmed().toLower();
        if (q != u"true"_s && q != u"false"_s)
            return std::unexpected(bad(kQuietZones, v.value(kQuietZones), Tr::tr("true ou false")));
        layout.quietZones = q == u"true"_s;
    }
    if (v.contains(kFields)) {
        layout.fields.clear();
        for (const QString &part : v.value(kFields).split(u',', Qt::SkipEmptyParts)) {
            const auto field = domain::labelFieldFromKey(part.trimmed());
            if (!field)
                return std::unexpected(
                    bad(kFields, part.trimmed(), Tr::tr("des champs parmi patientName, birthDate, dossierNumber...")));
            if (!layout.fields.contains(*field))
                layout.fields << *field;
        }
    }
    const QList<domain::Error> errors = layout.validate();
    if (!errors.isEmpty()) {
        domain::Error first = errors.first();
        first.location = keyOfMember(first.location);
        return std::unexpected(first);
    }
    return layout;
}

LabelLayout LabelLayoutSettings::fromMap(const QHash<QString, QString> &values)
{
    return parse(values).value_or(LabelLayout{});
}

QHash<QString, QString> LabelLayoutSettings::toMap(const LabelLayout &layout)
{
    QStringList fields;
    for (domain::LabelField f : domain::allLabelFields())
        if (layout.shows(f))
            fields << QString(domain::labelFieldKey(f));
    return {{kWidth, number(layout.widthMm)},
            {kHeight, number(layout.heightMm)},
            {kMarginLeft, number(layout.marginsMm.left)},
            {kMarginTop, number(layout.marginsMm.top)},
            {kMarginRight, number(layout.marginsMm.right)},
            {kMarginBottom, number(layout.marginsMm.bottom)},
            {kSymbology, domain::symbologyKey(layout.symbology)},
            {kBarcodeHeight, number(layout.barcodeHeightMm)},
            {kModule, number(layout.moduleWidthMm)},
            {kDpi, QString::number(layout.dpi)},
            {kLineHeight, number(layout.lineHeightMm)},
            {kQuietZones, layout.quietZones ? u"true"_s : u"false"_s},
            {kFields, fields.join(u',')}};
}

QString LabelLayoutSettings::keyOfMember(const QString &member)
{
    static const QHash<QString, QString> keys{{u"widthMm"_s, kWidth},
                                              {u"heightMm"_s, kHeight},
                                              {u"marginsMm"_s, kMarginLeft},
                                              {u"dpi"_s, kDpi},
                                              {u"moduleWidthMm"_s, kModule},
                                              {u"lineHeightMm"_s, kLineHeight},
                                              {u"barcodeHeightMm"_s, kBarcodeHeight},
                                              {u"fields"_s, kFields}};
    return keys.value(member, member.startsWith(u"label."_s) ? member : kFields);
}

} // namespace sgl::workflow::report
