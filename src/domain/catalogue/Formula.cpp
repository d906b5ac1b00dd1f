#include "domain/catalogue/Formula.h"

#include "domain/ErrorCodes.h"
#include "domain/Tr.h"

#include <cmath>
#include <set>
#include <vector>

namespace sgl::domain {

struct Formula::Node {
    enum class Kind { Number, Variable, Unary, Binary, Call };
    Kind kind = Kind::Number;
    double number = 0;
    QString name;      // variable, function, or operator
    std::vector<std::shared_ptr<const Node>> args;
};

namespace {

using NodePtr = std::shared_ptr<const Formula::Node>;
using Kind = Formula::Node::Kind;
constexpr int maxDepth = 64;

class FormulaParser
{
public:
    FormulaParser(const QString &text, const QString &location) : m_t(text), m_location(location) {}

    Result<NodePtr> parseAll()
    {
        auto n = parseCmp(0);
        if (!n)
            return n;
        skipSpace();
        if (m_pos < m_t.size())
            return syntax(Tr::tr("caractère inattendu « %1 »").arg(m_t.at(m_pos)));
        return n;
    }

private:
    std::unexpected<Error> syntax(const QString &what) const
    {
        return fail(errc::FormulaSyntax,
                    Tr::tr("Formule « %1 » invalide : %2 (position %3).")
                        .arg(m_t, what)
                        .arg(m_pos + 1),
                    m_location);
    }

    void skipSpace()
    {
        while (m_pos < m_t.size() && m_t.at(m_pos).isSpace())
            ++m_pos;
    }

    bool accept(QLatin1StringView op)
    {
        skipSpace();
        if (QStringView(m_t).mid(m_pos).startsWith(op)) {
            m_pos += op.size();
            return true;
        }
        return false;
    }

    static NodePtr make(Kind k, QString name, std::vector<NodePtr> args)
    {
        auto n = std::make_shared<Formula::Node>();
        n->kind = k;
        n->name = std::move(name);
        n->args = std::move(args);
        return n;
    }

    Result<NodePtr> parseCmp(int depth)
    {
        if (depth > maxDepth)
            return syntax(Tr::tr("expression trop imbriquée"));
        auto left = parseSum(depth);
        if (!left)
            return left;
        for (const char *op : {"<=", ">=", "<", ">"}) {
            if (accept(QLatin1StringView(op))) {
                auto right = parseSum(depth);
                if (!right)
                    return right;
                return make(Kind::Binary, QString::fromLatin1(op), {*left, *right});
            }
        }
        return left;
    }

    Result<NodePtr> parseSum(int depth)
    {
        auto left = parseProd(depth);
        if (!left)
            return left;
        NodePtr acc = *left;
        for (;;) {
            QString op;
            if (accept(QLatin1StringView("+")))
                op = QStringLiteral("+");
            else if (accept(QLatin1StringView("-")))
                op = QStringLiteral("-");
            else
                return acc;
            auto right = parseProd(depth);
            if (!right)
                return right;
            acc = make(Kind::Binary, op, {acc, *right});
        }
    }

    Result<NodePtr> parseProd(int depth)
    {
        auto left = parseUnary(depth);
        if (!left)
            return left;
        NodePtr acc = *left;
        for (;;) {
            QString op;
            if (accept(QLatin1StringView("*")))
                op = QStringLiteral("*");
            else if (accept(QLatin1StringView("/")))
                op = QStringLiteral("/");
            else
                return acc;
            auto right = parseUnary(depth);
            if (!right)
                return right;
            acc = make(Kind::Binary, op, {acc, *right});
        }
    }

    Result<NodePtr> parseUnary(int depth)
    {
        if (depth > maxDepth)
            return syntax(Tr::tr("expression trop imbriquée"));
        if (accept(QLatin1StringView("-"))) {
            auto inner = parseUnary(depth + 1);
            if (!inner)
                return inner;
            return make(Kind::Unary, QStringLiteral("-"), {*inner});
        }
        if (accept(QLatin1StringView("+")))
            return parseUnary(depth + 1);
        return parsePower(depth);
    }

    Result<NodePtr> parsePower(int depth)
    {
        auto base = parseAtom(depth);
        if (!base)
            return base;
        if (accept(QLatin1StringView("^"))) {
            auto exponent = parseUnary(depth + 1); // right-associative
            if (!exponent)
                return exponent;
            return make(Kind::Binary, QStringLiteral("^"), {*base, *exponent});
        }
        return base;
    }

    Result<NodePtr> parseAtom(int depth)
    {
        skipSpace();
        if (m_pos >= m_t.size())
            return syntax(Tr::tr("fin de formule inattendue"));
        const QChar c = m_t.at(m_pos);
        if (c == QLatin1Char('(')) {
            ++m_pos;
            auto inner = parseCmp(depth + 1);
            if (!inner)
                return inner;
            if (!accept(QLatin1StringView(")")))
                return syntax(Tr::tr("parenthèse fermante attendue"));
            return inner;
        }
        if (c.isDigit() || c == QLatin1Char('.')) {
            const qsizetype start = m_pos;
            while (m_pos < m_t.size() && (m_t.at(m_pos).isDigit() || m_t.at(m_pos) == QLatin1Char('.')))
                ++m_pos;
            bool ok = false;
            const double v = m_t.mid(start, m_pos - start).toDouble(&ok);
            if (!ok)
                return syntax(Tr::tr("nombre mal formé"));
            auto n = std::make_shared<Formula::Node>();
            n->kind = Kind::Number;
            n->number = v;
            return NodePtr(n);
        }
        if (c.isLetter() || c == QLatin1Char('_')) {
            const qsizetype start = m_pos;
            while (m_pos < m_t.size()
                   && (m_t.at(m_pos).isLetterOrNumber() || m_t.at(m_pos) == QLatin1Char('_')))
                ++m_pos;
            const QString name = m_t.mid(start, m_pos - start);
            if (!accept(QLatin1StringView("(")))
                return make(Kind::Variable, name, {});
            return parseCall(name, depth);
        }
        return syntax(Tr::tr("caractère inattendu « %1 »").arg(c));
    }

    Result<NodePtr> parseCall(const QString &name, int depth)
    {
        static const QHash<QString, std::pair<int, int>> arity = {
            {QStringLiteral("min"), {2, 32}}, {QStringLiteral("max"), {2, 32}},
            {QStringLiteral("exp"), {1, 1}},  {QStringLiteral("ln"), {1, 1}},
            {QStringLiteral("pow"), {2, 2}},  {QStringLiteral("abs"), {1, 1}},
            {QStringLiteral("if"), {3, 3}},   {QStringLiteral("require"), {2, 2}}};
        const auto it = arity.constFind(name);
        if (it == arity.constEnd())
            return fail(errc::FormulaUnknownFunction,
                        Tr::tr("Formule « %1 » : fonction inconnue « %2 » (autorisées : min, max, "
                           "exp, ln, pow, abs, if, require).")
                            .arg(m_t, name),
                        m_location);
        std::vector<NodePtr> args;
        if (!accept(QLatin1StringView(")"))) {
            for (;;) {
                auto a = parseCmp(depth + 1);
                if (!a)
                    return a;
                args.push_back(*a);
                if (accept(QLatin1StringView(")")))
                    break;
                if (!accept(QLatin1StringView(",")))
                    return syntax(Tr::tr("« , » ou « ) » attendu"));
            }
        }
        if (int(args.size()) < it->first || int(args.size()) > it->second)
            return fail(errc::FormulaArity,
                        Tr::tr("Formule « %1 » : mauvais nombre d'arguments pour %2.").arg(m_t, name),
                        m_location);
        return make(Kind::Call, name, std::move(args));
    }

    const QString &m_t;
    QString m_location;
    qsizetype m_pos = 0;
};

void collect(const Formula::Node &n, std::set<QString> &out)
{
    if (n.kind == Kind::Variable)
        out.insert(n.name);
    for (const auto &a : n.args)
        collect(*a, out);
}

Result<double> outOfDomain(const QString &what)
{
    return fail(errc::FormulaOutOfDomain,
                Tr::tr("Résultat non calculable : %1.").arg(what));
}

Result<double> eval(const Formula::Node &n, const QHash<QString, double> &values)
{
    switch (n.kind) {
    case Kind::Number:
        return n.number;
    case Kind::Variable: {
        const auto it = values.constFind(n.name);
        if (it == values.constEnd() || !std::isfinite(*it))
            return fail(errc::FormulaMissingValue,
                        Tr::tr("Résultat non calculable : valeur de « %1 » manquante.").arg(n.name),
                        n.name);
        return *it;
    }
    case Kind::Unary: {
        auto v = eval(*n.args[0], values);
        if (!v)
            return v;
        return -*v;
    }
    case Kind::Binary: {
        auto a = eval(*n.args[0], values);
        if (!a)
            return a;
        auto b = eval(*n.args[1], values);
        if (!b)
            return b;
        const QString &op = n.name;
        if (op == QLatin1String("+"))
            return *a + *b;
        if (op == QLatin1String("-"))
            return *a - *b;
        if (op == QLatin1String("*"))
            return *a * *b;
        if (op == QLatin1String("/")) {
            if (*b == 0)
                return fail(errc::FormulaDivisionByZero,
                            Tr::tr("Résultat non calculable : division par zéro."));
            return *a / *b;
        }
        if (op == QLatin1String("^")) {
            const double r = std::pow(*a, *b);
            if (!std::isfinite(r))
                return outOfDomain(Tr::tr("puissance non définie"));
            return r;
        }
        if (op == QLatin1String("<"))
            return *a < *b ? 1.0 : 0.0;
        if (op == QLatin1String("<="))
            return *a <= *b ? 1.0 : 0.0;
        if (op == QLatin1String(">"))
            return *a > *b ? 1.0 : 0.0;
        return *a >= *b ? 1.0 : 0.0;
    }
    case Kind::Call:
        break;
    }
    const QString &f = n.name;
    if (f == QLatin1String("if")) {
        auto c = eval(*n.args[0], values);
        if (!c)
            return c;
        return eval(*n.args[*c != 0 ? 1 : 2], values);
    }
    if (f == QLatin1String("require")) {
        auto c = eval(*n.args[0], values);
        if (!c)
            return c;
        if (*c == 0)
            return outOfDomain(Tr::tr("condition de validité non remplie"));
        return eval(*n.args[1], values);
    }
    std::vector<double> v;
    for (const auto &a : n.args) {
        auto x = eval(*a, values);
        if (!x)
            return x;
        v.push_back(*x);
    }
    if (f == QLatin1String("min"))
        return *std::min_element(v.begin(), v.end());
    if (f == QLatin1String("max"))
        return *std::max_element(v.begin(), v.end());
    if (f == QLatin1String("abs"))
        return std::fabs(v[0]);
    if (f == QLatin1String("exp")) {
        const double r = std::exp(v[0]);
        if (!std::isfinite(r))
            return outOfDomain(Tr::tr("exponentielle trop grande"));
        return r;
    }
    if (f == QLatin1String("ln")) {
        if (v[0] <= 0)
            return outOfDomain(Tr::tr("logarithme d'un nombre négatif ou nul"));
        return std::log(v[0]);
    }
    const double r = std::pow(v[0], v[1]); // pow
    if (!std::isfinite(r))
        return outOfDomain(Tr::tr("puissance non définie"));
    return r;
}

} // namespace

Result<Formula> Formula::parse(const QString &expression, const QString &location)
{
    if (expression.trimmed().isEmpty())
        return fail(errc::FormulaSyntax, Tr::tr("Formule vide."), location);
    FormulaParser p(expression, location);
    auto root = p.parseAll();
    if (!root)
        return std::unexpected(root.error());
    return Formula(expression, *root);
}

QStringList Formula::variables() const
{
    std::set<QString> names;
    collect(*m_root, names);
    return QStringList(names.begin(), names.end());
}

Result<double> Formula::evaluate(const QHash<QString, double> &values) const
{
    return eval(*m_root, values);
}

namespace shippedFormulas {

QString ckdEpi2021(const QString &c)
{
    // κ and α written as linear functions of FEMALE so the formula needs no sex branch.
    const QString scr = QStringLiteral("(%1 / 88.42)").arg(c);
    const QString kappa = QStringLiteral("(0.9 - 0.2 * FEMALE)");
    const QString alpha = QStringLiteral("(-0.302 + 0.061 * FEMALE)");
    return QStringLiteral("142 * pow(min(%1 / %2, 1), %3) * pow(max(%1 / %2, 1), -1.2) "
                          "* pow(0.9938, AGE) * (1 + 0.012 * FEMALE)")
        .arg(scr, kappa, alpha);
}

QString friedewaldMmol(const QString &tc, const QString &hdl, const QString &tg)
{
    return QStringLiteral("require(%3 < 3.4, %1 - %2 - %3 / 2.2)").arg(tc, hdl, tg);
}

} // namespace shippedFormulas

} // namespace sgl::domain
