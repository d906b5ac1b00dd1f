#include "interop/pdf/InsDataMatrix.h"

#include "domain/identity/InsValidator.h"
#include "interop/pdf/ErrorCodes.h"
#include "interop/pdf/Tr.h"

#include <QRegularExpression>

#include <dmtx.h>

#include <memory>

namespace sgl::interop::pdf {

using domain::fail;

namespace {

constexpr char GroupSeparator = '\x1D';
constexpr int MaxOidLength = 20;
constexpr int MaxNameLength = 100;

/** Appends a variable-length field, GS-terminated when shorter than its maximum. */
void appendVariable(QByteArray &out, const char *tag, const QString &value, int maxLength)
{
    out += tag;
    out += value.left(maxLength).toLatin1();
    if (value.size() < maxLength)
        out += GroupSeparator;
}

struct EncodeDeleter {
    void operator()(DmtxEncode *enc) const { dmtxEncodeDestroy(&enc); }
};
struct DecodeDeleter {
    void operator()(DmtxDecode *dec) const { dmtxDecodeDestroy(&dec); }
};
struct ImageDeleter {
    void operator()(DmtxImage *img) const { dmtxImageDestroy(&img); }
};
struct RegionDeleter {
    void operator()(DmtxRegion *reg) const { dmtxRegionDestroy(&reg); }
};
struct MessageDeleter {
    void operator()(DmtxMessage *msg) const { dmtxMessageDestroy(&msg); }
};

} // namespace

QString InsDataMatrix::caption()
{
    return Tr::tr("INS à scanner");
}

domain::Result<QString> InsDataMatrix::normalizeTrait(const QString &value, const QString &field)
{
    QString upper = value.trimmed().toUpper();
    upper.replace(QChar(0x0152), QStringLiteral("OE")); // Œ
    upper.replace(QChar(0x00C6), QStringLiteral("AE")); // Æ
    upper.replace(QChar(0x2019), QLatin1Char('\''));     // typographic apostrophe
    const QString decomposed = upper.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const bool allowed = (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char(' ')
            || c == QLatin1Char('-') || c == QLatin1Char('\'') || c == QLatin1Char('.');
        if (!allowed)
            return fail(errc::InsPayloadInvalid,
                        Tr::tr("Le trait « %1 » contient un caractère non imprimable dans le "
                           "DataMatrix INS : « %2 ».")
                            .arg(field, QString(c)),
                        field);
        out += c;
    }
    return out.simplified();
}

domain::Result<QByteArray> InsDataMatrix::payload(const domain::Patient &patient)
{
    const QString where = QStringLiteral("patient.ins");
    if (!patient.insUsable())
        return fail(errc::InsPayloadInvalid,
                    Tr::tr("L'INS ne peut être imprimé que pour une identité qualifiée."), where);
    const QString ins = patient.ins.full();
    const QString oid = patient.ins.oid;
    // One INS rule for the whole product: format (Corsica 2A/2B in the department), key, OID.
    if (const auto valid = domain::InsValidator::validate(patient.ins, true); !valid)
        return fail(errc::InsPayloadInvalid,
                    Tr::tr("INS non imprimable dans le DataMatrix : %1").arg(valid.error().message),
                    where);

    const auto &traits = patient.traits;
    QStringList givenNames = traits.birthFirstNames;
    if (givenNames.isEmpty() && !traits.firstBirthName.isEmpty())
        givenNames << traits.firstBirthName;
    auto given = normalizeTrait(givenNames.join(QLatin1Char(' ')),
                                QStringLiteral("patient.traits.birthFirstNames"));
    if (!given)
        return std::unexpected(given.error());
    auto birthName = normalizeTrait(traits.birthName, QStringLiteral("patient.traits.birthName"));
    if (!birthName)
        return std::unexpected(birthName.error());
    if (given->isEmpty() || birthName->isEmpty())
        return fail(errc::InsPayloadInvalid,
                    Tr::tr("Nom et prénoms de naissance obligatoires pour le DataMatrix INS."),
                    QStringLiteral("patient.traits"));

    QString sex;
    switch (traits.sex) {
    case domain::Sex::Male: sex = QStringLiteral("M"); break;
    case domain::Sex::Female: sex = QStringLiteral("F"); break;
    case domain::Sex::Unknown:
        return fail(errc::InsPayloadInvalid,
                    Tr::tr("Sexe inconnu : le DataMatrix INS exige M ou F."),
                    QStringLiteral("patient.traits.sex"));
    }

    // Partial INSi birth dates keep their "00" parts: the raw form wins when present.
    QString birthDate;
    static const QRegularExpression rawDate(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    if (const auto m = rawDate.match(traits.birthDateRaw); m.hasMatch())
        birthDate = m.captured(3) + QLatin1Char('-') + m.captured(2) + QLatin1Char('-') + m.captured(1);
    else if (traits.birthDate.isValid())
        birthDate = traits.birthDate.toString(QStringLiteral("dd-MM-yyyy"));
    else
        return fail(errc::InsPayloadInvalid,
                    Tr::tr("Date de naissance inconnue : impossible de construire le DataMatrix INS."),
                    QStringLiteral("patient.traits.birthDate"));

    const QString cog = traits.birthPlaceCog.trimmed().toUpper();
    static const QRegularExpression cogPattern(QStringLiteral("^[0-9][0-9AB][0-9]{3}$"));
    if (!cog.isEmpty() && !cogPattern.match(cog).hasMatch())
        return fail(errc::InsPayloadInvalid,
                    Tr::tr("Code officiel géographique du lieu de naissance invalide : « %1 ».").arg(cog),
                    QStringLiteral("patient.traits.birthPlaceCog"));

    QByteArray out = QByteArrayLiteral("IS01") + QByteArray(22, '0');
    out += "S1";
    out += ins.toLatin1();
    appendVariable(out, "S2", oid, MaxOidLength);
    appendVariable(out, "S3", *given, MaxNameLength);
    appendVariable(out, "S4", *birthName, MaxNameLength);
    out += "S5";
    out += sex.toLatin1();
    out += "S6";
    out += birthDate.toLatin1();
    if (!cog.isEmpty()) {
        out += "S7";
        out += cog.toLatin1();
    }
    return out;
}

domain::Result<DataMatrixSymbol> InsDataMatrix::encode(const QByteArray &payload)
{
    if (payload.isEmpty())
        return fail(errc::DataMatrixEncodeFailed, Tr::tr("Contenu du DataMatrix vide."));
    std::unique_ptr<DmtxEncode, EncodeDeleter> enc(dmtxEncodeCreate());
    if (!enc)
        return fail(errc::DataMatrixEncodeFailed, Tr::tr("libdmtx : mémoire insuffisante."));
    dmtxEncodeSetProp(enc.get(), DmtxPropScheme, DmtxSchemeC40);
    dmtxEncodeSetProp(enc.get(), DmtxPropSizeRequest, DmtxSymbolSquareAuto);
    dmtxEncodeSetProp(enc.get(), DmtxPropModuleSize, 1);
    dmtxEncodeSetProp(enc.get(), DmtxPropMarginSize, 0);
    QByteArray copy = payload; // libdmtx takes a non-const buffer
    if (dmtxEncodeDataMatrix(enc.get(), static_cast<int>(copy.size()),
                             reinterpret_cast<unsigned char *>(copy.data()))
        == DmtxFail)
        return fail(errc::DataMatrixEncodeFailed,
                    Tr::tr("libdmtx n'a pas pu encoder le DataMatrix INS en C40 (%1 caractères).")
                        .arg(payload.size()));

    const int sizeIdx = enc->region.sizeIdx;
    DataMatrixSymbol symbol;
    symbol.rows = dmtxGetSymbolAttribute(DmtxSymAttribSymbolRows, sizeIdx);
    symbol.columns = dmtxGetSymbolAttribute(DmtxSymAttribSymbolCols, sizeIdx);
    symbol.dataCodewords = dmtxGetSymbolAttribute(DmtxSymAttribSymbolDataWords, sizeIdx);
    symbol.codewords = QByteArray(reinterpret_cast<const char *>(enc->message->code),
                                  static_cast<qsizetype>(enc->message->codeSize));
    symbol.modules.resize(static_cast<std::size_t>(symbol.rows * symbol.columns));
    // libdmtx counts symbol rows from the bottom; the grid is stored top row first.
    for (int row = 0; row < symbol.rows; ++row)
        for (int col = 0; col < symbol.columns; ++col) {
            const int status = dmtxSymbolModuleStatus(enc->message, sizeIdx, row, col);
            const int topRow = symbol.rows - 1 - row;
            symbol.modules[static_cast<std::size_t>(topRow * symbol.columns + col)] =
                (status & DmtxModuleOnRGB) != 0;
        }
    return symbol;
}

domain::Result<QList<QByteArray>> InsDataMatrix::decode(const QImage &image, int maxSymbols,
                                                        int timeoutMs)
{
    if (image.isNull())
        return fail(errc::DataMatrixNotFound, Tr::tr("Image vide : aucun DataMatrix à lire."));
    QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    // libdmtx wants tightly packed rows.
    QByteArray pixels;
    pixels.reserve(gray.width() * gray.height());
    for (int y = 0; y < gray.height(); ++y)
        pixels.append(reinterpret_cast<const char *>(gray.constScanLine(y)), gray.width());

    std::unique_ptr<DmtxImage, ImageDeleter> img(
        dmtxImageCreate(reinterpret_cast<unsigned char *>(pixels.data()), gray.width(),
                        gray.height(), DmtxPack8bppK));
    if (!img)
        return fail(errc::DataMatrixNotFound, Tr::tr("libdmtx : image non prise en charge."));
    // QImage rows go downwards, libdmtx's upwards.
    dmtxImageSetProp(img.get(), DmtxPropImageFlip, DmtxFlipNone);
    std::unique_ptr<DmtxDecode, DecodeDeleter> dec(dmtxDecodeCreate(img.get(), 1));
    if (!dec)
        return fail(errc::DataMatrixNotFound, Tr::tr("libdmtx : mémoire insuffisante."));

    QList<QByteArray> found;
    DmtxTime timeout = dmtxTimeAdd(dmtxTimeNow(), timeoutMs);
    while (found.size() < maxSymbols) {
        std::unique_ptr<DmtxRegion, RegionDeleter> region(dmtxRegionFindNext(dec.get(), &timeout));
        if (!region)
            break;
        std::unique_ptr<DmtxMessage, MessageDeleter> msg(
            dmtxDecodeMatrixRegion(dec.get(), region.get(), DmtxUndefined));
        if (!msg)
            continue;
        found.append(QByteArray(reinterpret_cast<const char *>(msg->output), msg->outputIdx));
    }
    if (found.isEmpty())
        return fail(errc::DataMatrixNotFound, Tr::tr("Aucun DataMatrix lisible dans l'image."));
    return found;
}

} // namespace sgl::interop::pdf
