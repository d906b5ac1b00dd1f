#include "domain/analyzer/ProfileMapper.h"

#include "domain/ErrorCodes.h"
#include "domain/Tr.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace sgl::domain::analyzer {

namespace {

/** A censored or plain number once spaces are gone: ">500", "<1.20", "5,9", "173.", "-1". */
struct NumberText {
    QString comparator;
    QString number;   ///< canonical: '.', no '+', no trailing '.'
};

std::optional<NumberText> readNumber(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(<=|>=|<|>)?([+-]?)(\d+(?:[.,]\d*)?|[.,]\d+)$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString number = m.captured(3);
    number.replace(QLatin1Char(','), QLatin1Char('.'));
    if (number.endsWith(QLatin1Char('.')))
        number.chop(1);
    if (number.startsWith(QLatin1Char('.')))
        number.prepend(QLatin1Char('0'));
    if (m.captured(2) == u"-")
        number.prepend(QLatin1Char('-'));
    return NumberText{m.captured(1), number};
}

/** Enough decimals for a converted value, without the binary noise (0.1 × 3). */
QString formatNumber(double value)
{
    QString text = QString::number(value, 'f', 10);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text == u"-0" ? QStringLiteral("0") : text;
}

/** A dilution factor as instruments write it ("1", "10", "2,5"); nullopt when not a positive number. */
std::optional<double> readDilution(const QString &text)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double d = t.toDouble(&ok);
    if (!ok || !(d > 0.0) || !std::isfinite(d))
        return std::nullopt;
    return d;
}

bool matchesIgnored(const QString &code, const QStringList &ignored)
{
    return std::ranges::any_of(ignored, [&](const QString &pattern) {
        if (pattern.endsWith(QLatin1Char('*')))
            return code.startsWith(QStringView(pattern).chopped(1));
        return code == pattern;
    });
}

Error holdError(QLatin1StringView code, const QString &message, const AnalyzerResult &raw)
{
    return Error{QString(code), message, raw.source.toString()};
}

} // namespace

ProfileMapper::ProfileMapper(AnalyzerProfile profile, QHash<QString, QString> catalogueCodes)
    : m_profile(std::move(profile))
    , m_codes(std::move(catalogueCodes))
{
    // Reverse lookup must not depend on QHash order when two test codes name one analysis.
    QStringList testCodes = m_codes.keys();
    testCodes.sort();
    for (const QString &testCode : testCodes) {
        const QString &analysis = m_codes.value(testCode);
        if (!m_reverse.contains(analysis))
            m_reverse.insert(analysis, testCode);
    }
    QHash<QString, QString> profileReverse;
    for (const CodeMapping &mapping : m_profile.codeMappings) {
        m_codes.insert(mapping.testCode, mapping.analysisCode);
        m_factors.insert(mapping.testCode, mapping.factor);
        if (mapping.valueComponent > 0)
            m_valueComponents.insert(mapping.testCode, mapping.valueComponent);
        if (!profileReverse.contains(mapping.analysisCode))
            profileReverse.insert(mapping.analysisCode, mapping.testCode);
    }
    for (auto it = profileReverse.cbegin(); it != profileReverse.cend(); ++it)
        m_reverse.insert(it.key(), it.value());
    if (!m_profile.qc.specimenIdPattern.isEmpty()) {
        m_qcPattern.emplace(m_profile.qc.specimenIdPattern);
        m_qcPattern->optimize(); // compiled here, once per profile, instead of at the first match
    }
}

QString ProfileMapper::testCodeFor(const QString &analysisCode) const
{
    const auto it = m_reverse.constFind(analysisCode);
    if (it != m_reverse.cend())
        return it.value();
    return m_profile.identityMapping ? analysisCode : QString();
}

QDateTime ProfileMapper::parseTime(const QString &text) const
{
    // ASTM E1394 YYYYMMDD[HHMM[SS]] is a prefix of the HL7 DTM, which adds fractions and a zone.
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})(\d{2})(\d{2})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:\.(\d{1,4}))?)?)?)?([+-]\d{4})?$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int ms = 0;
    if (!m.captured(7).isEmpty())
        ms = static_cast<int>(std::lround(QStringLiteral("0.%1").arg(m.captured(7)).toDouble() * 1000.0)) % 1000;
    const QTime time(m.captured(4).isEmpty() ? 0 : m.captured(4).toInt(), m.captured(5).isEmpty() ? 0 : m.captured(5).toInt(),
                     m.captured(6).isEmpty() ? 0 : m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return {};
    const QString zone = m.captured(8);
    QDateTime at;
    if (zone.isEmpty()) {
        at = QDateTime(date, time, m_zone);
    } else {
        const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
        const int hours = zone.mid(1, 2).toInt();
        const int minutes = zone.mid(3, 2).toInt();
        if (hours > 14 || minutes > 59)
            return {};
        at = QDateTime(date, time, QTimeZone(sign * (hours * 3600 + minutes * 60)));
    }
    return at.isValid() ? at.toUTC() : QDateTime();
}

MappedMessage ProfileMapper::map(const AnalyzerMessage &message) const
{
    MappedMessage out;
    out.raw = message;
    const std::optional<QRegularExpression> &qcPattern = m_qcPattern;
    // An instrument stamps the results of one run with one time: read it once per message.
    QString lastTime;
    QDateTime lastParsed;
    bool parsedOnce = false;
    out.results.reserve(message.results.size());

    for (const AnalyzerResult &raw : message.results) {
        MappedResult r;
        r.raw = raw;
        r.specimenId = m_profile.specimenId.read(raw).trimmed();
        r.testCode = m_profile.testCode.read(raw).trimmed();
        r.instrumentFlags = raw.flags;
        r.instrumentId = raw.instrumentId;
        if (!parsedOnce || raw.observedAt != lastTime) {
            parsedOnce = true;
            lastTime = raw.observedAt;
            lastParsed = parseTime(raw.observedAt);
        }
        r.observedAt = lastParsed;

        const auto code = m_codes.constFind(r.testCode);
        if (code != m_codes.cend())
            r.analysisCode = code.value();
        else if (m_profile.identityMapping)
            r.analysisCode = r.testCode;

        // Value: the configured component, spaces squeezed out of numbers only.
        const int component = m_valueComponents.value(r.testCode, m_profile.values.valueComponent);
        QString value = raw.valueComponents.isEmpty() ? raw.value : raw.valueComponents.value(component - 1);
        QString squeezed = value;
        static const QRegularExpression spaces(QStringLiteral("\\s"));
        squeezed.remove(spaces);
        if (const auto number = readNumber(squeezed)) {
            double multiplier = m_factors.value(r.testCode, 1.0);
            if (m_profile.values.dilution) {
                if (const auto d = readDilution(m_profile.values.dilution->read(raw)))
                    multiplier *= *d;
            }
            r.valueText = number->comparator
                          + (multiplier == 1.0 ? number->number : formatNumber(number->number.toDouble() * multiplier));
        } else {
            r.valueText = value.trimmed();
        }

        for (const QString &flag : raw.flags) {
            const auto it = std::ranges::find_if(m_profile.flagMappings, [&](const FlagMapping &f) {
                return f.instrumentFlag == flag && !f.abnormalFlag.isEmpty();
            });
            if (it != m_profile.flagMappings.cend()) {
                r.abnormalFlag = it->abnormalFlag;
                break;
            }
        }

        const bool qcByMessage = m_profile.qc.trustMessage && raw.sampleKind == SampleKind::QualityControl;
        const bool qcById = qcPattern && qcPattern->isValid() && !r.specimenId.isEmpty()
                            && qcPattern->match(r.specimenId).hasMatch();
        const bool calibrator = m_profile.qc.trustMessage && raw.sampleKind == SampleKind::Calibrator;
        r.sampleKind = (qcByMessage || qcById) ? SampleKind::QualityControl
                       : calibrator            ? SampleKind::Calibrator
                       : raw.sampleKind == SampleKind::Other ? SampleKind::Other
                                                             : SampleKind::Patient;

        const QString kind = m_profile.resultKind ? m_profile.resultKind->read(raw).trimmed() : QString();
        if (!message.complete) {
            r.disposition = Disposition::Held;
            r.hold = holdError(errc::AnalyzerIncompleteMessage,
                               Tr::tr("Message incomplet (transfert interrompu ou sans enregistrement de fin) : "
                                      "résultat mis en attente."),
                               raw);
        } else if (!message.problems.isEmpty()) {
            r.disposition = Disposition::Held;
            r.hold = holdError(errc::AnalyzerMalformedMessage,
                               Tr::tr("Message mal formé (%1) : résultat mis en attente.")
                                   .arg(message.problems.constFirst().message),
                               raw);
        } else if (m_profile.resultKind && !m_profile.resultKinds.isEmpty() && !m_profile.resultKinds.contains(kind)) {
            r.disposition = Disposition::Ignored;
        } else if (matchesIgnored(r.testCode, m_profile.ignoredTestCodes)) {
            r.disposition = Disposition::Ignored;
        } else if (r.sampleKind == SampleKind::QualityControl || r.sampleKind == SampleKind::Calibrator) {
            r.disposition = Disposition::Qc;
        } else if (r.specimenId.isEmpty()) {
            r.disposition = Disposition::Held;
            r.hold = holdError(errc::AnalyzerNoSpecimenId,
                               Tr::tr("Résultat sans identifiant d'échantillon à la position %1 du profil « %2 ».")
                                   .arg(m_profile.specimenId.toString(m_profile.protocol), m_profile.name),
                               raw);
        } else if (r.analysisCode.isEmpty()) {
            r.disposition = Disposition::Held;
            r.hold = holdError(errc::AnalyzerUnmappedTest,
                               Tr::tr("Code de test « %1 » associé à aucune analyse (profil « %2 »).")
                                   .arg(r.testCode, m_profile.name),
                               raw);
        }
        out.results.append(std::move(r));
    }

    for (const AnalyzerQuery &raw : message.queries) {
        MappedQuery q;
        q.raw = raw;
        q.specimenId = (m_profile.querySpecimenComponent > 0
                            ? raw.rawSpecimenComponents.value(m_profile.querySpecimenComponent - 1)
                            : raw.specimenId)
                           .trimmed();
        out.queries.append(std::move(q));
    }
    return out;
}

} // namespace sgl::domain::analyzer
