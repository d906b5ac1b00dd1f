#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

namespace sgl::storage {

/**
 * Compact JSON text written straight into UTF-8 bytes, for the audit images written on every
 * result change (fifteen before/after images per analyzer message): building QJsonObject trees
 * to serialise them once cost more than the rest of the row.
 *
 * Contract: the text is byte-identical to QJsonDocument(...).toJson(QJsonDocument::Compact) of
 * the same content, so the audit trail reads the same whichever way an image was written;
 * that requires the caller to give an object's keys in the order QJsonObject keeps them
 * (ascending UTF-16 code units: "analysis" < "analyzer" < "dossierId"; checked in debug
 * builds). Strings are escaped as Qt does (\" \\ \b \f \n \r \t, other control characters and
 * unpaired surrogates as \u00xx / \udxxx in lowercase hex, everything else as UTF-8);
 * integers are written as integers. Calls must nest properly (begin/end pairs).
 */
class CompactJson {
public:
    CompactJson &beginObject();
    CompactJson &endObject();
    CompactJson &beginArray();
    CompactJson &endArray();
    /** Opens an object as the value of `key` in the current object. */
    CompactJson &beginObject(QLatin1StringView key);
    CompactJson &string(QLatin1StringView key, QStringView value);
    CompactJson &integer(QLatin1StringView key, qint64 value);
    CompactJson &boolean(QLatin1StringView key, bool value);

    [[nodiscard]] const QByteArray &bytes() const { return m_out; }
    [[nodiscard]] QString toString() const { return QString::fromUtf8(m_out); }

    /** Appends `value` as a JSON string literal (quotes included), escaped as Qt does. */
    static void appendString(QByteArray &out, QStringView value);

private:
    void element();
    void key(QLatin1StringView key);

    QByteArray m_out;
    struct Level {
        bool first = true;
        QLatin1StringView lastKey;
    };
    QVarLengthArray<Level, 8> m_levels;
};

} // namespace sgl::storage
