#include "domain/catalogue/UnitConversion.h"

#include "domain/catalogue/Analysis.h"

#include <QStringList>

#include <cmath>

namespace sgl::domain {

namespace {

/** One side of a fraction: a scale and the atom left once the metric prefix is removed. */
struct Term {
    double scale = 1;
    QString atom;
};

std::optional<double> prefixScale(QChar p)
{
    switch (p.unicode()) {
    case 'k': return 1e3;
    case 'h': return 1e2;
    case 'd': return 1e-1;
    case 'c': return 1e-2;
    case 'm': return 1e-3;
    case 'u': return 1e-6;
    case 'n': return 1e-9;
    case 'p': return 1e-12;
    case 'f': return 1e-15;
    default: return std::nullopt;
    }
}

QString canonicalAtom(const QString &atom)
{
    static const QStringList atoms{QStringLiteral("g"), QStringLiteral("mol"), QStringLiteral("L"),
                                   QStringLiteral("U"), QStringLiteral("[IU]"), QStringLiteral("eq"),
                                   QStringLiteral("kat"), QStringLiteral("osm")};
    if (atom == QLatin1String("l"))
        return QStringLiteral("L");
    return atoms.contains(atom) ? atom : QString();
}

std::optional<Term> parseTerm(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("1"))
        return Term{1, QString()};
    if (text.startsWith(QLatin1String("10*")) || text.startsWith(QLatin1String("10^"))) {
        bool ok = false;
        const int exponent = text.mid(3).toInt(&ok);
        if (!ok)
            return std::nullopt;
        return Term{std::pow(10.0, exponent), QString()};
    }
    if (const QString atom = canonicalAtom(text); !atom.isEmpty())
        return Term{1, atom};
    if (text.size() < 2)
        return std::nullopt;
    const auto scale = prefixScale(text.front());
    const QString atom = canonicalAtom(text.mid(1));
    if (!scale || atom.isEmpty())
        return std::nullopt;
    return Term{*scale, atom};
}

/** Same atoms, different prefixes: the factor; otherwise nullopt. */
std::optional<double> prefixFactor(const QString &from, const QString &to)
{
    if (from == to || ((from.isEmpty() || from == QLatin1String("1")) && (to.isEmpty() || to == QLatin1String("1"))))
        return 1.0;
    const QStringList f = from.split(QLatin1Char('/'));
    const QStringList t = to.split(QLatin1Char('/'));
    if (f.size() > 2 || t.size() > 2 || f.size() != t.size())
        return std::nullopt;
    const auto fn = parseTerm(f[0]);
    const auto tn = parseTerm(t[0]);
    if (!fn || !tn || fn->atom != tn->atom)
        return std::nullopt;
    double k = fn->scale / tn->scale;
    if (f.size() == 2) {
        const auto fd = parseTerm(f[1]);
        const auto td = parseTerm(t[1]);
        if (!fd || !td || fd->atom != td->atom || fd->atom.isEmpty())
            return std::nullopt;
        k *= td->scale / fd->scale;
    }
    return k;
}

} // namespace

std::optional<double> UnitConversion::factor(const QString &from, const QString &to, const Analysis *analysis)
{
    if (auto k = prefixFactor(from, to))
        return k;
    if (!analysis || analysis->secondUnit.isEmpty() || !analysis->secondUnitFactor || *analysis->secondUnitFactor <= 0)
        return std::nullopt;
    const double f = *analysis->secondUnitFactor;
    const struct {
        const QString &a;
        const QString &b;
        double k;
    } hops[] = {{analysis->unit, analysis->secondUnit, f}, {analysis->secondUnit, analysis->unit, 1.0 / f}};
    for (const auto &hop : hops) {
        const auto in = prefixFactor(from, hop.a);
        const auto out = prefixFactor(hop.b, to);
        if (in && out)
            return *in * hop.k * *out;
    }
    return std::nullopt;
}

std::optional<double> UnitConversion::convert(double value, const QString &from, const QString &to,
                                              const Analysis *analysis)
{
    const auto k = factor(from, to, analysis);
    if (!k)
        return std::nullopt;
    return value * *k;
}

} // namespace sgl::domain
