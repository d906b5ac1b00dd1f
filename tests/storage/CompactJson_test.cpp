#include "storage/CompactJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using sgl::storage::CompactJson;

namespace {

QByteArray qtText(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

// Texts an audit image may carry: analysis labels, free comments, instrument flags, user names.
const QStringList kSamples{
    QString(),
    u""_s,
    u"GLU"_s,
    u"Créatinine (µmol/L) « DFG »"_s,
    u"quote \" backslash \\ slash /"_s,
    u"tab\tnew\nline\rcr\bback\fform"_s,
    QString(QChar(0x01)) + QChar(0x1f) + QChar(0x7f) + QChar(0x80) + QChar(0x7ff) + QChar(0x800),
    u"€ ∑ 中文 ﬀ"_s,
    QString::fromUcs4(U"emoji \U0001F9EA and \U00010000"),
    QString(QChar(0xd83d)) + u"x"_s,          // high surrogate without its low half
    u"x"_s + QChar(0xdc00),                   // low surrogate alone
    u"end "_s + QChar(0xd800),                // high surrogate at the very end
    QString(QChar(0xfffd)) + QChar(0xffff),
};

} // namespace

TEST(CompactJson, StringsAreEscapedExactlyAsQtWritesThem)
{
    for (const QString &s : kSamples) {
        CompactJson j;
        j.beginObject().string("k"_L1, s).endObject();
        EXPECT_EQ(j.bytes(), qtText(QJsonObject{{u"k"_s, s}})) << s.toStdString();
    }
}

TEST(CompactJson, ObjectsArraysAndNumbersMatchQJsonDocument)
{
    CompactJson j;
    j.beginArray();
    for (qsizetype i = 0; i < kSamples.size(); ++i)
        j.beginObject()
            .string("analysis"_L1, kSamples[i])
            .integer("dossierId"_L1, -42 + i)
            .boolean("flagged"_L1, i % 2 == 0)
            .integer("id"_L1, Q_INT64_C(9007199254740993) + i) // beyond a double's integers
            .beginObject("nested"_L1)
            .integer("a"_L1, 0)
            .string("b"_L1, u"x"_s)
            .endObject()
            .string("value"_L1, kSamples[kSamples.size() - 1 - i])
            .endObject();
    j.endArray();
    QJsonArray expected;
    for (qsizetype i = 0; i < kSamples.size(); ++i)
        expected.append(QJsonObject{{u"value"_s, kSamples[kSamples.size() - 1 - i]},
                                    {u"id"_s, Q_INT64_C(9007199254740993) + i},
                                    {u"nested"_s, QJsonObject{{u"b"_s, u"x"_s}, {u"a"_s, 0}}},
                                    {u"flagged"_s, i % 2 == 0},
                                    {u"dossierId"_s, -42 + i},
                                    {u"analysis"_s, kSamples[i]}});
    EXPECT_EQ(j.bytes(), qtText(expected));
    EXPECT_EQ(j.toString(), QString::fromUtf8(qtText(expected)));
}

TEST(CompactJson, EmptyContainers)
{
    CompactJson a;
    a.beginArray().endArray();
    EXPECT_EQ(a.bytes(), qtText(QJsonArray{}));
    CompactJson o;
    o.beginObject().endObject();
    EXPECT_EQ(o.bytes(), qtText(QJsonObject{}));
    CompactJson nested;
    nested.beginArray().beginObject().endObject().beginArray().endArray().endArray();
    EXPECT_EQ(nested.bytes(), "[{},[]]");
}

TEST(CompactJson, DifferentContentGivesDifferentText)
{
    // The comparison above can fail: a wrong escape or a missing separator shows.
    CompactJson j;
    j.beginObject().string("k"_L1, u"a\"b"_s).endObject();
    EXPECT_NE(j.bytes(), qtText(QJsonObject{{u"k"_s, u"a'b"_s}}));
    EXPECT_EQ(j.bytes(), R"({"k":"a\"b"})");
}
