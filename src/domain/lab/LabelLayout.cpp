#include "domain/lab/LabelLayout.h"

#include "domain/ErrorCodes.h"
#include "domain/Tr.h"
#include "domain/lab/LabelGeometry.h"

#include <cmath>

namespace sgl::domain {

namespace {

constexpr double MmPerInch = 25.4;
constexpr int MaxModuleDots = 10; // ZPL ^BY accepts 1 to 10 dots

/** "0,25" (French decimal comma, at most two decimals, no trailing zero). */
QString mm(double value)
{
    QString s = QString::number(std::round(value * 100) / 100, 'f', 2);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s.replace(u'.', u',');
}

Error error(QLatin1StringView code, QString message, const char *field)
{
    return Error{code, std::move(message), QString::fromLatin1(field)};
}

QString symbologyName(LabelLayout::Symbology s)
{
    return s == LabelLayout::Symbology::DataMatrix ? QStringLiteral("DataMatrix") : QStringLiteral("Code 128");
}

} // namespace

QList<LabelField> LabelLayout::defaultFields()
{
    using F = LabelField;
    return {F::PatientName, F::BirthDate,   F::Sex,          F::DossierNumber, F::Priority,
            F::BarcodeText, F::Container,   F::SamplingTime, F::CopyIndex};
}

QList<int> LabelLayout::supportedDpi()
{
    return {203, 300, 600};
}

int LabelLayout::quietZoneModules() const
{
    if (!quietZones)
        return 0;
    return symbology == Symbology::DataMatrix ? 1 : 10;
}

int LabelLayout::dots(double millimetres) const
{
    return static_cast<int>(std::lround(millimetres * dpi / MmPerInch));
}

int LabelLayout::moduleDots() const
{
    return std::max(0, dots(moduleWidthMm));
}

double LabelLayout::effectiveModuleMm() const
{
    return dpi > 0 ? moduleDots() * MmPerInch / dpi : 0.0;
}

QList<Error> LabelLayout::validate() const
{
    QList<Error> errors;
    if (!(widthMm > 0) || !(heightMm > 0))
        errors << error(errc::LabelSizeInvalid,
                        Tr::tr("Taille d'étiquette %1 × %2 mm invalide : largeur et hauteur doivent être positives.")
                            .arg(mm(widthMm), mm(heightMm)),
                        widthMm > 0 ? "heightMm" : "widthMm");
    const auto &m = marginsMm;
    if (m.left < 0 || m.top < 0 || m.right < 0 || m.bottom < 0)
        errors << error(errc::LabelMarginsInvalid, Tr::tr("Les marges de l'étiquette ne peuvent pas être négatives."),
                        "marginsMm");
    else if (widthMm > 0 && m.left + m.right >= widthMm)
        errors << error(errc::LabelMarginsInvalid,
                        Tr::tr("Marges gauche et droite (%1 + %2 mm) plus larges que l'étiquette (%3 mm).")
                            .arg(mm(m.left), mm(m.right), mm(widthMm)),
                        "marginsMm");
    else if (heightMm > 0 && m.top + m.bottom >= heightMm)
        errors << error(errc::LabelMarginsInvalid,
                        Tr::tr("Marges haute et basse (%1 + %2 mm) plus hautes que l'étiquette (%3 mm).")
                            .arg(mm(m.top), mm(m.bottom), mm(heightMm)),
                        "marginsMm");
    if (!supportedDpi().contains(dpi)) {
        errors << error(errc::LabelDpiUnsupported,
                        Tr::tr("Résolution d'imprimante %1 dpi non prise en charge (203, 300 ou 600 dpi).").arg(dpi),
                        "dpi");
    } else if (moduleDots() < 1 || moduleDots() > MaxModuleDots) {
        errors << error(errc::LabelModuleWidthInvalid,
                        Tr::tr("Largeur de module %1 mm : %2 point(s) à %3 dpi, il en faut de 1 à %4.")
                            .arg(mm(moduleWidthMm))
                            .arg(moduleDots())
                            .arg(dpi)
                            .arg(MaxModuleDots),
                        "moduleWidthMm");
    }
    if (!(lineHeightMm > 0))
        errors << error(errc::LabelLineHeightInvalid,
                        Tr::tr("Hauteur de ligne %1 mm invalide : elle doit être positive.").arg(mm(lineHeightMm)),
                        "lineHeightMm");
    if (!(barcodeHeightMm > 0))
        errors << error(errc::LabelBarcodeHeightInvalid,
                        Tr::tr("Hauteur de code-barres %1 mm invalide : elle doit être positive.").arg(mm(barcodeHeightMm)),
                        "barcodeHeightMm");
    if (errors.isEmpty()) {
        const double needed = LabelGeometry::compute(*this).requiredHeightMm();
        if (needed > heightMm + 1e-9)
            errors << error(errc::LabelHeightTooSmall,
                            Tr::tr("Étiquette trop basse : %1 mm pour les champs choisis et le code-barres "
                                   "(marges comprises), il en faut %2.")
                                .arg(mm(heightMm), mm(needed)),
                            "heightMm");
    }
    return errors;
}

QList<Error> LabelLayout::validateBarcode(const QString &content, SymbolExtent extent) const
{
    QList<Error> errors;
    if (content.isEmpty()) {
        errors << error(errc::LabelBarcodeNotEncodable, Tr::tr("Code-barres vide : rien à imprimer."), "barcode");
        return errors;
    }
    for (qsizetype i = 0; i < content.size(); ++i) {
        const char16_t c = content.at(i).unicode();
        if (c < 0x20 || c > 0x7E) {
            errors << error(errc::LabelBarcodeNotEncodable,
                            Tr::tr("Code-barres « %1 » : le caractère « %2 » (position %3) ne peut pas être codé en %4 "
                                   "(ASCII imprimable seulement).")
                                .arg(content, QString(content.at(i)))
                                .arg(i + 1)
                                .arg(symbologyName(symbology)),
                            "barcode");
            return errors;
        }
    }
    if (extent.columns <= 0)
        return errors;
    const double module = effectiveModuleMm();
    const double quiet = quietZoneModules() * module;
    const double printable = widthMm - marginsMm.left - marginsMm.right;
    const double symbolWidth = extent.columns * module;
    const bool matrix = symbology == Symbology::DataMatrix;
    // Code 128 is centred with a quiet zone each side; a DataMatrix sits at the left with text beside.
    const bool tooWide = matrix ? std::max(marginsMm.left, quiet) + symbolWidth + quiet > widthMm + 1e-9
                                    || symbolWidth > printable + 1e-9
                                : symbolWidth + 2 * quiet > widthMm + 1e-9 || symbolWidth > printable + 1e-9;
    if (tooWide)
        errors << error(errc::LabelBarcodeTooWide,
                        Tr::tr("Code-barres « %1 » trop large : %2 modules de %3 mm font %4 mm, zones de silence "
                               "comprises (%5 mm), pour une étiquette de %6 mm (zone imprimable %7 mm). "
                               "Réduisez la largeur de module ou agrandissez l'étiquette.")
                            .arg(content)
                            .arg(extent.columns)
                            .arg(mm(module), mm(symbolWidth + 2 * quiet), mm(quiet), mm(widthMm), mm(printable)),
                        "moduleWidthMm");
    if (matrix) {
        const double band = barcodeHeightMm + 2 * LabelGeometry::BandGapMm;
        const double symbolHeight = extent.rows * module;
        if (symbolHeight > barcodeHeightMm + 1e-9 || symbolHeight + 2 * quiet > band + 1e-9)
            errors << error(errc::LabelBarcodeTooTall,
                            Tr::tr("DataMatrix « %1 » trop haut : %2 × %3 modules de %4 mm font %5 mm, pour une "
                                   "hauteur de code-barres de %6 mm.")
                                .arg(content)
                                .arg(extent.columns)
                                .arg(extent.rows)
                                .arg(mm(module), mm(symbolHeight), mm(barcodeHeightMm)),
                            "barcodeHeightMm");
    }
    return errors;
}

QString symbologyKey(LabelLayout::Symbology symbology)
{
    return symbology == LabelLayout::Symbology::DataMatrix ? QStringLiteral("datamatrix") : QStringLiteral("code128");
}

} // namespace sgl::domain
