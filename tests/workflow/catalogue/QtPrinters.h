#pragma once

#include <QString>
#include <QStringList>

#include <ostream>

// GoogleTest prints QString as raw UTF-16 code units by default; these make failures readable.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

inline void PrintTo(const QStringList &l, std::ostream *os)
{
    *os << '[' << l.join(QStringLiteral(", ")).toStdString() << ']';
}
