#include "domain/identity/InsOid.h"

namespace sgl::domain {

std::optional<InsKind> insKindFromOid(const QString &oid)
{
    if (oid == QLatin1String(insoid::kNir) || oid == QLatin1String(insoid::kNirTest))
        return InsKind::Nir;
    if (oid == QLatin1String(insoid::kNia) || oid == QLatin1String(insoid::kNiaTest))
        return InsKind::Nia;
    return std::nullopt;
}

bool isTestInsOid(const QString &oid)
{
    return oid == QLatin1String(insoid::kNirTest) || oid == QLatin1String(insoid::kNiaTest);
}

QString insOidFor(InsKind kind, bool test)
{
    if (kind == InsKind::Nir)
        return QString::fromLatin1(test ? insoid::kNirTest : insoid::kNir);
    return QString::fromLatin1(test ? insoid::kNiaTest : insoid::kNia);
}

} // namespace sgl::domain
