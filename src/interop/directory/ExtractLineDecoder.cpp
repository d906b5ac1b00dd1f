#include "interop/directory/ExtractLineDecoder.h"

#include "interop/directory/ErrorCodes.h"
#include "interop/directory/Tr.h"
#include "interop/directory/Windows1252.h"

#include <QStringDecoder>

namespace sgl::interop::directory {

domain::Result<QString> ExtractLineDecoder::decode(const QByteArray &raw, bool utf8, qint64 line, const QString &where)
{
    QString text;
    if (utf8) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decoder(raw);
        if (!decoder.hasError())
            return text;
        return domain::fail(errc::Encoding,
                            Tr::tr("Ligne %1 : séquence UTF-8 invalide (le fichier est lu en UTF-8 d'après son en-tête).")
                                .arg(line),
                            where);
    }
    const qsizetype bad = Windows1252::decode(raw, text);
    if (bad < 0)
        return text;
    return domain::fail(errc::Encoding,
                        Tr::tr("Ligne %1, octet %2 : l'octet 0x%3 n'est pas un caractère Windows-1252 "
                               "(fichier corrompu ou d'un autre encodage).")
                            .arg(line)
                            .arg(bad + 1)
                            .arg(static_cast<unsigned char>(raw[bad]), 2, 16, QChar(u'0')),
                        where);
}

} // namespace sgl::interop::directory
