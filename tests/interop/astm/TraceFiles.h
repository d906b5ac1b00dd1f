#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <ostream>

namespace sgl::tests::astm {

/** shared/analyzer-traces (real instrument captures); tests skip, naming it, when absent. */
inline QString tracesDir()
{
    return QStringLiteral(SGL_SHARED_DIR "/analyzer-traces");
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace sgl::tests::astm

/** Readable QByteArray (CR shown as <CR>) in GoogleTest failure messages. */
inline void PrintTo(const QByteArray &b, std::ostream *os)
{
    *os << '"' << QByteArray(b).replace('\r', "<CR>").toStdString() << '"';
}

/** Readable QString in GoogleTest failure messages. */
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

/** Reads shared/analyzer-traces/<sub>/<name> into `var`, or skips the test with the path. */
#define SGL_REQUIRE_TRACE(var, sub, name)                                                        \
    const QString var##Path = sgl::tests::astm::tracesDir() + QStringLiteral("/" sub "/") + QString::fromLatin1(name); \
    if (!QFile::exists(var##Path))                                                               \
        GTEST_SKIP() << "trace absente (../shared non disponible) : " << var##Path.toStdString(); \
    const QByteArray var = sgl::tests::astm::readAll(var##Path)
