#include "storage/ResultRowWriter.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace sgl::storage {

namespace {
const QString kInsert =
    u"INSERT INTO results (dossier_id, patient_id, specimen_id, analysis_code, "
    "catalogue_version_id, value_kind, value_number, value_double, comparator, unit, coded_code, "
    "coded_system, coded_system_name, coded_display, value_text, flag, ref_low, ref_high, state, "
    "observed_at, entered_by, entered_at, tech_validated_by, tech_validated_at, validated_by, "
    "validated_at, comment, ordered_exam_id, bench, reservation, analyzer, instrument_flags, analyzer_message_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

const QStringList kInsertColumns{
    u"dossier_id"_s, u"patient_id"_s, u"specimen_id"_s, u"analysis_code"_s,
    u"catalogue_version_id"_s, u"value_kind"_s, u"value_number"_s, u"value_double"_s,
    u"comparator"_s, u"unit"_s, u"coded_code"_s, u"coded_system"_s, u"coded_system_name"_s,
    u"coded_display"_s, u"value_text"_s, u"flag"_s, u"ref_low"_s, u"ref_high"_s, u"state"_s,
    u"observed_at"_s, u"entered_by"_s, u"entered_at"_s, u"tech_validated_by"_s,
    u"tech_validated_at"_s, u"validated_by"_s, u"validated_at"_s, u"comment"_s, u"ordered_exam_id"_s, u"bench"_s,
    u"reservation"_s, u"analyzer"_s, u"instrument_flags"_s, u"analyzer_message_id"_s};

QVariant nullText(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant nullId(qint64 id)
{
    return ResultRowWriter::nullId(id);
}

constexpr int kValueColumnCount = 22; ///< value_kind .. comment

/**
 * Column `i` (0 = value_kind .. 21 = comment, kInsert order) of `r` as bound. One place for
 * the insert and for the update of the changed columns, so they cannot map differently.
 */
QVariant valueColumn(const domain::LabResult &r, int i, const Dialect &d)
{
    const auto &v = r.value;
    const bool numeric = v.kind == domain::ResultValue::Kind::Numeric;
    const bool coded = v.kind == domain::ResultValue::Kind::Coded;
    switch (i) {
    case 0: return domain::resultKindCode(v.kind);
    case 1: return numeric ? QVariant(v.number) : QVariant();
    case 2: {
        const auto dbl = v.toDouble();
        return dbl ? QVariant(*dbl) : QVariant();
    }
    case 3: return numeric ? domain::comparatorCode(v.comparator) : QString();
    case 4: return numeric ? v.unit : QString();
    case 5: return coded ? nullText(v.coded.code) : nullText({});
    case 6: return coded ? nullText(v.coded.codeSystem) : nullText({});
    case 7: return coded ? nullText(v.coded.codeSystemName) : nullText({});
    case 8: return coded ? nullText(v.coded.displayName) : nullText({});
    case 9: return v.kind == domain::ResultValue::Kind::Text ? QVariant(v.text) : QVariant();
    case 10: return r.flag ? QVariant(domain::abnormalFlagCode(*r.flag)) : QVariant();
    case 11: return nullText(r.referenceLow);
    case 12: return nullText(r.referenceHigh);
    case 13: return domain::validationStateCode(r.state);
    case 14: return d.toDb(r.observedAt);
    case 15: return nullText(r.enteredBy);
    case 16: return d.toDb(r.enteredAt);
    case 17: return nullText(r.technicallyValidatedBy);
    case 18: return d.toDb(r.technicallyValidatedAt);
    case 19: return nullText(r.validatedBy);
    case 20: return d.toDb(r.validatedAt);
    case 21: return r.comment;
    default: break;
    }
    Q_UNREACHABLE();
    return {};
}

/** Every column after the key columns, in kInsert order from value_kind on. */
QVariantList valueColumns(const domain::LabResult &r, const Dialect &d)
{
    QVariantList out;
    out.reserve(kValueColumnCount);
    for (int i = 0; i < kValueColumnCount; ++i)
        out << valueColumn(r, i, d);
    return out;
}

/** The columns updateChanged() may set, in the order of writableColumn(). */
constexpr int kWritableColumnCount = kValueColumnCount + 5;
const QStringList kWritableColumns = [] {
    QStringList c = kInsertColumns.mid(5, kValueColumnCount); // value_kind .. comment
    c << u"specimen_id"_s << u"reservation"_s << u"analyzer"_s << u"instrument_flags"_s << u"analyzer_message_id"_s;
    Q_ASSERT(c.size() == kWritableColumnCount);
    return c;
}();

QVariant writableColumn(const domain::LabResult &r, int i, const Dialect &d)
{
    switch (i - kValueColumnCount) {
    case 0: return nullId(r.specimenId);
    case 1: return r.reservation;
    case 2: return r.analyzer;
    case 3: return r.instrumentFlags.join(u'\n');
    case 4: return nullId(r.analyzerMessageId);
    default: return valueColumn(r, i, d);
    }
}

/**
 * Whether column `i` binds the same value for both: the time columns are compared as instants
 * (what their bound text or timestamp says), without formatting them.
 */
bool sameColumn(const domain::LabResult &a, const domain::LabResult &b, int i, const Dialect &d)
{
    // The fields a column is made of: equal fields bind equal values, and comparing them costs
    // nothing next to building both bound variants (value_double parses the number twice).
    // Different fields may still bind the same value (an empty text and no text): the variants
    // decide then.
    bool sameFields = false;
    switch (i) {
    case 14: return a.observedAt == b.observedAt;
    case 16: return a.enteredAt == b.enteredAt;
    case 18: return a.technicallyValidatedAt == b.technicallyValidatedAt;
    case 20: return a.validatedAt == b.validatedAt;
    case 10: sameFields = a.flag == b.flag; break;
    case 11: sameFields = a.referenceLow == b.referenceLow; break;
    case 12: sameFields = a.referenceHigh == b.referenceHigh; break;
    case 13: sameFields = a.state == b.state; break;
    case 15: sameFields = a.enteredBy == b.enteredBy; break;
    case 17: sameFields = a.technicallyValidatedBy == b.technicallyValidatedBy; break;
    case 19: sameFields = a.validatedBy == b.validatedBy; break;
    case 21: sameFields = a.comment == b.comment; break;
    case kValueColumnCount: sameFields = a.specimenId == b.specimenId; break;
    case kValueColumnCount + 1: sameFields = a.reservation == b.reservation; break;
    case kValueColumnCount + 2: sameFields = a.analyzer == b.analyzer; break;
    case kValueColumnCount + 3: sameFields = a.instrumentFlags == b.instrumentFlags; break;
    case kValueColumnCount + 4: sameFields = a.analyzerMessageId == b.analyzerMessageId; break;
    default: { // value_kind .. value_text, as valueColumn() binds them
        const auto &x = a.value;
        const auto &y = b.value;
        using Kind = domain::ResultValue::Kind;
        const bool numX = x.kind == Kind::Numeric;
        const bool numY = y.kind == Kind::Numeric;
        const bool codedX = x.kind == Kind::Coded;
        const bool codedY = y.kind == Kind::Coded;
        const auto codedPart = [](bool coded, const QString &s) { return coded ? QStringView(s) : QStringView(); };
        switch (i) {
        case 0: return x.kind == y.kind;
        case 1: return numX == numY && (!numX || x.number == y.number);
        case 2:
            if (!numX && !numY)
                return true; // both NULL
            sameFields = numX && numY && x.number == y.number;
            break;
        case 3: return (numX ? domain::comparatorCode(x.comparator) : QString()) == (numY ? domain::comparatorCode(y.comparator) : QString());
        case 4: return (numX ? QStringView(x.unit) : QStringView()) == (numY ? QStringView(y.unit) : QStringView());
        case 5: return codedPart(codedX, x.coded.code) == codedPart(codedY, y.coded.code);
        case 6: return codedPart(codedX, x.coded.codeSystem) == codedPart(codedY, y.coded.codeSystem);
        case 7: return codedPart(codedX, x.coded.codeSystemName) == codedPart(codedY, y.coded.codeSystemName);
        case 8: return codedPart(codedX, x.coded.displayName) == codedPart(codedY, y.coded.displayName);
        case 9: {
            const bool textX = x.kind == Kind::Text;
            return textX == (y.kind == Kind::Text) && (!textX || x.text == y.text);
        }
        default: break;
        }
        break;
    }
    }
    if (sameFields)
        return true;
    const QVariant x = writableColumn(a, i, d);
    const QVariant y = writableColumn(b, i, d);
    return x == y && x.isNull() == y.isNull();
}
} // namespace

const QString &ResultRowWriter::insertSql()
{
    return kInsert;
}

const QStringList &ResultRowWriter::insertColumns()
{
    return kInsertColumns;
}

QVariant ResultRowWriter::nullId(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

QVariantList ResultRowWriter::insertBinds(const domain::LabResult &r, const Dialect &d)
{
    QVariantList b{r.dossierId, r.patientId, nullId(r.specimenId), r.analysisCode,
                   nullId(r.catalogueVersionId)};
    b << valueColumns(r, d);
    b << nullId(r.orderedExamId) << r.bench << r.reservation << r.analyzer << r.instrumentFlags.join(u'\n')
      << nullId(r.analyzerMessageId);
    return b;
}

domain::Status ResultRowWriter::updateChanged(WriteTx &tx, const domain::LabResult &before, const domain::LabResult &r)
{
    const Dialect &d = tx.dialect();
    static_assert(kWritableColumnCount <= 32);
    quint32 changed = 0;
    QVariantList binds;
    binds.reserve(kWritableColumnCount + 2);
    for (int i = 0; i < kWritableColumnCount; ++i) {
        if (sameColumn(before, r, i, d))
            continue;
        changed |= 1u << i;
        binds << writableColumn(r, i, d);
    }
    binds << r.id << r.version;
    // The text for this set of columns, built once per thread: an analyzer's entries change the
    // same few columns message after message.
    thread_local QHash<quint32, QString> texts;
    auto text = texts.constFind(changed);
    if (text == texts.cend()) {
        QString sql = u"UPDATE results SET version = version + 1"_s;
        for (int i = 0; i < kWritableColumnCount; ++i)
            if (changed & (1u << i))
                sql += u", "_s + kWritableColumns[i] + u" = ?"_s;
        sql += u" WHERE id = ? AND version = ?"_s;
        text = texts.insert(changed, sql);
    }
    return tx.execVersioned(*text, binds, u"le résultat %1"_s.arg(r.analysisCode));
}

} // namespace sgl::storage
