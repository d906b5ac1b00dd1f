#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

namespace sgl::tests::hl7v2 {

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/** Synthetic PAM fixtures of this suite (tests/interop/hl7v2/data). */
inline QByteArray sample(const char *name)
{
    return readFile(QStringLiteral(SGL_SOURCE_DIR "/tests/interop/hl7v2/data/") + QString::fromUtf8(name));
}

/** ANS HL7 v2 examples (shared/hl7/ansforge-hl7V2-exemples); empty when ../shared is absent. */
inline QString ansExamplesDir()
{
    const QString dir = QStringLiteral(SGL_SHARED_DIR "/hl7/ansforge-hl7V2-exemples");
    return QDir(dir).exists() ? dir : QString();
}

/** Replaces one segment line (by its 3-letter id) in a CR-separated sample. */
inline QByteArray withSegment(QByteArray message, const QByteArray &id, const QByteArray &line)
{
    QList<QByteArray> segs = message.split('\r');
    for (QByteArray &s : segs) {
        if (s.startsWith(id + '|'))
            s = line;
    }
    return segs.join('\r');
}

} // namespace sgl::tests::hl7v2
