#include "domain/lab/ResultValue.h"

#include <QRegularExpression>

#include <charconv>

namespace sgl::domain {

ResultValue ResultValue::numeric(QString number, QString unit, Comparator comparator)
{
    ResultValue v;
    v.kind = Kind::Numeric;
    v.number = std::move(number);
    v.unit = std::move(unit);
    v.comparator = comparator;
    return v;
}

ResultValue ResultValue::ofCode(CodedValue value)
{
    ResultValue v;
    v.kind = Kind::Coded;
    v.coded = std::move(value);
    return v;
}

ResultValue ResultValue::ofText(QString text)
{
    ResultValue v;
    v.kind = Kind::Text;
    v.text = std::move(text);
    return v;
}

std::optional<ResultValue> ResultValue::parseNumeric(const QString &text, const QString &unit)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(<=|>=|<|>)?\s*([+-]?\d+(?:[.,]\d+)?)\s*$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString op = m.captured(1);
    Comparator c = Comparator::None;
    if (op == QLatin1String("<"))
        c = Comparator::Less;
    else if (op == QLatin1String("<="))
        c = Comparator::LessOrEqual;
    else if (op == QLatin1String(">"))
        c = Comparator::Greater;
    else if (op == QLatin1String(">="))
        c = Comparator::GreaterOrEqual;
    QString number = m.captured(2);
    number.replace(QLatin1Char(','), QLatin1Char('.'));
    if (number.startsWith(QLatin1Char('+')))
        number.remove(0, 1);
    return numeric(number, unit, c);
}

std::optional<double> ResultValue::toDouble() const
{
    if (kind != Kind::Numeric)
        return std::nullopt;
    // The stored form ("-12.50": sign, digits, a point between digits) read with
    // std::from_chars: called for every flag, range and delta check of every result, where
    // QString::toDouble converts to a byte array first. Both round correctly, so the double is
    // the same; any other text (and one too long for the buffer) keeps Qt's reading.
    char buffer[48];
    if (number.size() > 0 && number.size() < qsizetype(sizeof buffer)) {
        qsizetype n = 0;
        qsizetype point = -1;
        bool plain = true;
        for (const QChar c : number) {
            const char16_t u = c.unicode();
            const bool digit = u >= u'0' && u <= u'9';
            if (u == u'.' && point < 0 && n > 0 && buffer[n - 1] >= '0' && buffer[n - 1] <= '9')
                point = n;
            else if (!digit && !(u == u'-' && n == 0))
                plain = false;
            if (!plain)
                break;
            buffer[n++] = char(u);
        }
        const bool endsWithDigit = n > 0 && buffer[n - 1] >= '0' && buffer[n - 1] <= '9';
        if (plain && endsWithDigit) {
            double d = 0;
            const auto [end, ec] = std::from_chars(buffer, buffer + n, d);
            if (ec == std::errc() && end == buffer + n)
                return d;
        }
    }
    bool ok = false;
    const double d = number.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return d;
}

QString ResultValue::displayFr() const
{
    switch (kind) {
    case Kind::Empty:
        return {};
    case Kind::Text:
        return text;
    case Kind::Coded:
        return coded.displayName.isEmpty() ? coded.code : coded.displayName;
    case Kind::Numeric:
        break;
    }
    QString prefix;
    switch (comparator) {
    case Comparator::None:
        break;
    case Comparator::Less:
        prefix = QStringLiteral("< ");
        break;
    case Comparator::LessOrEqual:
        prefix = QStringLiteral("≤ ");
        break;
    case Comparator::Greater:
        prefix = QStringLiteral("> ");
        break;
    case Comparator::GreaterOrEqual:
        prefix = QStringLiteral("≥ ");
        break;
    }
    QString n = number;
    n.replace(QLatin1Char('.'), QLatin1Char(','));
    return prefix + n;
}

QString comparatorCode(Comparator comparator)
{
    switch (comparator) {
    case Comparator::None:
        return {};
    case Comparator::Less:
        return QStringLiteral("<");
    case Comparator::LessOrEqual:
        return QStringLiteral("<=");
    case Comparator::Greater:
        return QStringLiteral(">");
    case Comparator::GreaterOrEqual:
        return QStringLiteral(">=");
    }
    return {};
}

std::optional<Comparator> comparatorFromCode(const QString &code)
{
    for (Comparator c : {Comparator::None, Comparator::Less, Comparator::LessOrEqual,
                         Comparator::Greater, Comparator::GreaterOrEqual})
        if (comparatorCode(c) == code)
            return c;
    return std::nullopt;
}

QString resultKindCode(ResultValue::Kind kind)
{
    switch (kind) {
    case ResultValue::Kind::Empty:
        return QStringLiteral("empty");
    case ResultValue::Kind::Numeric:
        return QStringLiteral("numeric");
    case ResultValue::Kind::Coded:
        return QStringLiteral("coded");
    case ResultValue::Kind::Text:
        return QStringLiteral("text");
    }
    return QStringLiteral("empty");
}

std::optional<ResultValue::Kind> resultKindFromCode(const QString &code)
{
    for (auto k : {ResultValue::Kind::Empty, ResultValue::Kind::Numeric, ResultValue::Kind::Coded,
                   ResultValue::Kind::Text})
        if (resultKindCode(k) == code)
            return k;
    return std::nullopt;
}

} // namespace sgl::domain
