#include "interop/directory/Windows1252.h"

#include <QStringDecoder>
#include <QStringEncoder>

namespace sgl::interop::directory {

namespace {

/** The five bytes Windows-1252 leaves undefined come out of the decoder as these C1 controls. */
bool undefinedByte(char16_t c)
{
    return c == 0x0081 || c == 0x008D || c == 0x008F || c == 0x0090 || c == 0x009D;
}

} // namespace

qsizetype Windows1252::decode(QByteArrayView bytes, QString &out)
{
    // Qt's decoder (ICU) does the mapping; one decoder per thread, reset for each call (opening an
    // ICU converter per line would cost more than the decoding). Windows-1252 is one byte per
    // character, so an index in the text is the offset of its byte.
    thread_local QStringDecoder decoder("windows-1252", QStringConverter::Flag::Stateless);
    decoder.resetState();
    out = decoder.decode(bytes);
    if (decoder.hasError() || out.size() != bytes.size())
        return 0;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char16_t c = out.at(i).unicode();
        if (c == 0 || undefinedByte(c))
            return i;
    }
    return -1;
}

QByteArray Windows1252::encode(const QString &text)
{
    QStringEncoder encoder("windows-1252", QStringConverter::Flag::Stateless);
    return encoder.encode(text);
}

} // namespace sgl::interop::directory
