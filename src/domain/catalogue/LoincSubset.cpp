#include "domain/catalogue/LoincSubset.h"

#include "domain/catalogue/LoincCode.h"

namespace sgl::domain {

QString loincStatusCode(LoincStatus status)
{
    switch (status) {
    case LoincStatus::Missing:
        return QStringLiteral("missing");
    case LoincStatus::Invalid:
        return QStringLiteral("invalid");
    case LoincStatus::Unverified:
        return QStringLiteral("unverified");
    case LoincStatus::Verified:
        break;
    }
    return QStringLiteral("verified");
}

LoincSubset::LoincSubset(const QList<LoincEntry> &entries)
{
    for (const LoincEntry &e : entries)
        m_entries.insert(e.code, e);
}

const LoincEntry *LoincSubset::find(const QString &code) const
{
    const auto it = m_entries.constFind(code.trimmed());
    return it == m_entries.constEnd() ? nullptr : &it.value();
}

LoincStatus LoincSubset::status(const QString &code) const
{
    if (code.trimmed().isEmpty())
        return LoincStatus::Missing;
    if (!LoincCode::isValid(code))
        return LoincStatus::Invalid;
    return find(code) ? LoincStatus::Verified : LoincStatus::Unverified;
}

} // namespace sgl::domain
