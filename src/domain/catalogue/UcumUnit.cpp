#include "domain/catalogue/UcumUnit.h"

#include "domain/ErrorCodes.h"
#include "domain/Tr.h"

#include <QHash>
#include <QRegularExpression>

namespace sgl::domain {

namespace {

// Prefixes of UCUM §2.1 table 1 (decimal) and the binary ones.
const QStringList &prefixes()
{
    static const QStringList list = {
        QStringLiteral("da"), QStringLiteral("Ki"), QStringLiteral("Mi"), QStringLiteral("Gi"),
        QStringLiteral("Ti"), QStringLiteral("Y"),  QStringLiteral("Z"),  QStringLiteral("E"),
        QStringLiteral("P"),  QStringLiteral("T"),  QStringLiteral("G"),  QStringLiteral("M"),
        QStringLiteral("k"),  QStringLiteral("h"),  QStringLiteral("d"),  QStringLiteral("c"),
        QStringLiteral("m"),  QStringLiteral("u"),  QStringLiteral("n"),  QStringLiteral("p"),
        QStringLiteral("f"),  QStringLiteral("a"),  QStringLiteral("z"),  QStringLiteral("y")};
    return list;
}

// Atom symbol -> metric (may take a prefix). Subset of the UCUM tables relevant to a lab.
const QHash<QString, bool> &atoms()
{
    static const QHash<QString, bool> table = [] {
        QHash<QString, bool> t;
        const char *metric[] = {
            "m", "s", "g", "rad", "K", "C", "cd", "mol", "sr", "Hz", "N", "Pa", "J", "W", "A", "V",
            "F", "Ohm", "S", "Wb", "Cel", "T", "H", "lm", "lx", "Bq", "Gy", "Sv", "l", "L", "ar",
            "t", "bar", "u", "eV", "pc", "[c]", "[h]", "[k]", "[eps_0]", "[mu_0]", "[e]", "[m_e]",
            "[m_p]", "[G]", "[g]", "[ly]", "gf", "Ky", "Gal", "dyn", "erg", "P", "Bi", "St", "Mx",
            "G", "Oe", "Gb", "sb", "Lmb", "ph", "Ci", "R", "RAD", "REM", "cal", "[iU]", "[IU]",
            "eq", "osm", "g%", "U", "B", "Np", "m[Hg]", "m[H2O]", "B[SPL]", "B[V]", "B[mV]",
            "B[uV]", "B[10.nV]", "B[W]", "B[kW]", "st", "mho", "Ao", "b", "kat", "AU", "[CFU]"};
        for (const char *a : metric)
            t.insert(QString::fromLatin1(a), true);
        const char *nonMetric[] = {
            "10*", "10^", "[pi]", "%", "[ppth]", "[ppm]", "[ppb]", "[pptr]", "deg", "'", "''",
            "gon", "circ", "sph", "min", "h", "d", "a", "wk", "mo", "a_t", "a_j", "a_g", "mo_s",
            "mo_j", "mo_g", "[in_i]", "[ft_i]", "[yd_i]", "[mi_i]", "[lb_av]", "[oz_av]",
            "[gr]", "[gal_us]", "[qt_us]", "[pt_us]", "[foz_us]", "[tsp_us]", "[tbs_us]",
            "[cup_us]", "[gal_br]", "[pt_br]", "[foz_br]", "[pH]", "[arb'U]", "[USP'U]",
            "[GPL'U]", "[MPL'U]", "[APL'U]", "[beth'U]", "[anti'Xa'U]", "[todd'U]", "[dye'U]",
            "[smgy'U]", "[bdsk'U]", "[ka'U]", "[knk'U]", "[mclg'U]", "[tb'U]", "[hnsf'U]",
            "[HPF]", "[LPF]", "[PFU]", "[FFU]", "[BAU]", "[AU]", "[Amb'a'1'U]", "[PNU]",
            "[Lf]", "[D'ag'U]", "[FEU]", "[ELU]", "[EID_50]", "[TCID_50]", "[CCID_50]", "[IR]",
            "[degF]", "[degR]", "[drp]", "[MET]", "[Ch]", "[mesh_i]", "[S]", "[HP]", "[hp'_X]",
            "[hp'_C]", "[hp'_M]", "[hp'_Q]", "[hp_X]", "[hp_C]", "[hp_M]", "[hp_Q]", "[kp_X]",
            "[kp_C]", "[kp_M]", "[kp_Q]", "[Btu]", "[lb_av]", "[sft_i]", "[cin_i]", "[cft_i]",
            "[psi]", "[car_m]", "[car_Au]", "[diop]", "[p'diop]", "%[slope]", "[wood'U]",
            "[mclg'U]", "[CFU]", "[lne]", "[pnt]", "[pca]", "[ppb]", "[mi_us]", "[ft_us]",
            "[in_us]", "[yd_us]", "[stone_av]", "[dr_av]", "[ston_av]", "[twp]", "[acr_us]",
            "[smi_us]", "[sin_i]", "[syd_i]", "[ligne]", "[cml_i]", "[mil_i]", "[nmi_i]",
            "[kn_i]", "[den]", "[NTU]", "[FNU]", "[m/s2/Hz^(1/2)]", "[bbl_us]", "[crd_us]",
            "[bf_i]", "[mil_us]", "[hd_i]", "[rd_us]", "[ch_us]", "[lk_us]", "[rch_us]",
            "[rlk_us]", "[fth_us]", "[fur_us]", "[mi_br]", "[in_br]", "[ft_br]", "[yd_br]",
            "[pc_br]", "[pk_br]", "[bu_br]", "[gal_wi]", "[bu_us]", "[pk_us]", "[dqt_us]",
            "[dpt_us]", "[gil_us]", "[min_us]", "[fdr_us]", "[qt_br]", "[gil_br]", "[fdr_br]",
            "[min_br]", "[lcwt_av]", "[scwt_av]", "[lton_av]", "[sc_ap]", "[dr_ap]", "[oz_ap]",
            "[lb_ap]", "[oz_tr]", "[lb_tr]", "[pwt_tr]", "[Cal]", "[hnsf'U]", "[kn_br]",
            "[nmi_br]", "[lbf_av]", "[mu_0]", "Gy", "[m_e]", "[iU]", "[IU]", "[HPF]", "[ppm]"};
        for (const char *a : nonMetric)
            t.insert(QString::fromLatin1(a), t.value(QString::fromLatin1(a), false));
        return t;
    }();
    return table;
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

/** Recursive-descent parser over one expression; records the first error and its offset. */
class UcumParser
{
public:
    explicit UcumParser(const QString &text) : m_text(text) {}

    bool parseMainTerm()
    {
        if (peek() == QLatin1Char('/'))
            ++m_pos;
        if (!parseTerm())
            return false;
        if (m_pos != m_text.size())
            return error(QStringLiteral("caractère inattendu « %1 »").arg(m_text.at(m_pos)));
        return true;
    }

    QString message;
    qsizetype errorAt = -1;

private:
    QChar peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : QChar(); }

    bool error(const QString &what)
    {
        if (errorAt < 0) {
            errorAt = m_pos;
            message = what;
        }
        return false;
    }

    bool parseTerm()
    {
        if (!parseComponent())
            return false;
        while (peek() == QLatin1Char('.') || peek() == QLatin1Char('/')) {
            ++m_pos;
            if (!parseComponent())
                return false;
        }
        return true;
    }

    bool parseAnnotation()
    {
        ++m_pos; // '{'
        while (m_pos < m_text.size() && m_text.at(m_pos) != QLatin1Char('}')) {
            const char16_t u = m_text.at(m_pos).unicode();
            if (u < 33 || u > 126 || u == u'{')
                return error(QStringLiteral("caractère interdit dans une annotation"));
            ++m_pos;
        }
        if (m_pos >= m_text.size())
            return error(QStringLiteral("annotation non fermée"));
        ++m_pos; // '}'
        return true;
    }

    bool parseComponent()
    {
        const QChar c = peek();
        if (c.isNull())
            return error(QStringLiteral("unité attendue"));
        if (c == QLatin1Char('(')) {
            ++m_pos;
            if (!parseTerm())
                return false;
            if (peek() != QLatin1Char(')'))
                return error(QStringLiteral("parenthèse fermante attendue"));
            ++m_pos;
            return true;
        }
        if (c == QLatin1Char('{'))
            return parseAnnotation();
        // Gather the symbol up to the next operator at bracket depth 0, or an annotation.
        const qsizetype start = m_pos;
        int depth = 0;
        while (m_pos < m_text.size()) {
            const QChar ch = m_text.at(m_pos);
            if (ch == QLatin1Char('['))
                ++depth;
            else if (ch == QLatin1Char(']')) {
                if (--depth < 0)
                    return error(QStringLiteral("crochet fermant sans ouvrant"));
            } else if (depth == 0 && (ch == QLatin1Char('.') || ch == QLatin1Char('/')
                                      || ch == QLatin1Char('{') || ch == QLatin1Char('(')
                                      || ch == QLatin1Char(')')))
                break;
            else if (ch.unicode() < 33 || ch.unicode() > 126)
                return error(QStringLiteral("caractère interdit « %1 »").arg(ch));
            ++m_pos;
        }
        if (depth != 0)
            return error(QStringLiteral("crochet non fermé"));
        const QString symbol = m_text.mid(start, m_pos - start);
        if (symbol.isEmpty())
            return error(QStringLiteral("unité attendue"));
        if (!checkAnnotatable(symbol, start))
            return false;
        if (peek() == QLatin1Char('{'))
            return parseAnnotation();
        return true;
    }

    bool checkAnnotatable(const QString &symbol, qsizetype start)
    {
        // A pure integer is a factor ("10", "1000"); it takes no exponent.
        if (std::all_of(symbol.begin(), symbol.end(), isDigit))
            return true;
        qsizetype end = symbol.size();
        while (end > 0 && isDigit(symbol.at(end - 1)))
            --end;
        QString core = symbol.left(end);
        if (end < symbol.size() && end > 0
            && (symbol.at(end - 1) == QLatin1Char('+') || symbol.at(end - 1) == QLatin1Char('-')))
            core.chop(1);
        else if (end == symbol.size() && !core.isEmpty()
                 && (core.back() == QLatin1Char('+') || core.back() == QLatin1Char('-'))) {
            m_pos = start + symbol.size();
            return error(QStringLiteral("exposant sans chiffres"));
        }
        if (isSimpleUnit(core))
            return true;
        m_pos = start;
        return error(QStringLiteral("unité inconnue « %1 »").arg(core));
    }

    static bool isSimpleUnit(const QString &s)
    {
        const auto &a = atoms();
        if (a.contains(s))
            return true;
        for (const QString &p : prefixes()) {
            if (s.size() > p.size() && s.startsWith(p)) {
                const auto it = a.constFind(s.mid(p.size()));
                if (it != a.constEnd() && it.value())
                    return true;
            }
        }
        return false;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

} // namespace

Result<UcumUnit> UcumUnit::parse(const QString &expression, const QString &location)
{
    if (expression.trimmed().isEmpty())
        return fail(errc::UcumEmpty,
                    Tr::tr("Unité UCUM vide."), location);
    UcumParser p(expression);
    if (!p.parseMainTerm()) {
        const QString where = location.isEmpty()
                                  ? QStringLiteral("position %1").arg(p.errorAt + 1)
                                  : QStringLiteral("%1, position %2").arg(location).arg(p.errorAt + 1);
        return fail(errc::UcumSyntax,
                    Tr::tr("Unité UCUM « %1 » invalide : %2.")
                        .arg(expression, p.message),
                    where);
    }
    return UcumUnit(expression);
}

bool UcumUnit::isValidSyntax(const QString &expression)
{
    return parse(expression).has_value();
}

QString UcumUnit::strippedAsAnsKit(const QString &expression)
{
    static const QRegularExpression re(QStringLiteral("\\{.[a-z]*.\\}"));
    QString s = expression;
    return s.replace(re, QString());
}

UcumKnownUnits::UcumKnownUnits(const QStringList &codes)
{
    for (const QString &c : codes)
        if (!c.isEmpty())
            m_codes.insert(c);
}

bool UcumKnownUnits::isKnown(const QString &expression) const
{
    const QString s = UcumUnit::strippedAsAnsKit(expression);
    return s.isEmpty() || m_codes.contains(s);
}

Status UcumKnownUnits::check(const QString &expression, const QString &location) const
{
    auto parsed = UcumUnit::parse(expression, location);
    if (!parsed)
        return std::unexpected(parsed.error());
    if (!isKnown(expression))
        return fail(errc::UcumUnknown,
                    Tr::tr("Unité « %1 » absente de la liste UCUM du kit ANS : le CR-BIO "
                                    "serait refusé.")
                        .arg(expression),
                    location);
    return {};
}

} // namespace sgl::domain
