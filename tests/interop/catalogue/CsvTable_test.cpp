#include "interop/catalogue/CsvTable.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace sgl::interop::catalogue;

TEST(CsvTable, ParsesQuotedFieldsAndBom)
{
    const QByteArray csv = "\xEF\xBB\xBF" "a;b;c\r\n1;\"x;y\";\"he said \"\"hi\"\"\"\r\n2;\"multi\nline\";é\r\n";
    CsvTable t = CsvTable::parse(csv, QStringLiteral("f.csv"));
    ASSERT_TRUE(t.errors.isEmpty()) << qPrintable(t.errors.front().toString());
    EXPECT_EQ(t.header, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    ASSERT_EQ(t.rows.size(), 2);
    EXPECT_EQ(t.rows[0].fields[1], QStringLiteral("x;y"));
    EXPECT_EQ(t.rows[0].fields[2], QStringLiteral("he said \"hi\""));
    EXPECT_EQ(t.rows[1].fields[1], QStringLiteral("multi\nline"));
    EXPECT_EQ(t.rows[1].fields[2], QStringLiteral("é"));
    EXPECT_EQ(t.rows[0].line, 2);
    EXPECT_EQ(t.rows[1].line, 3);
}

TEST(CsvTable, RejectsNonUtf8WithEveryLineNumber)
{
    // "Hématies" in Windows-1252 on lines 3 and 5.
    const QByteArray csv = "a;b\n1;ok\n2;H\xE9maties\n3;ok\n4;\xE9\n";
    CsvTable t = CsvTable::parse(csv, QStringLiteral("cat.csv"));
    ASSERT_EQ(t.errors.size(), 2);
    EXPECT_EQ(t.errors[0].code, QStringLiteral("catalogue.csv_encoding"));
    EXPECT_EQ(t.errors[0].location, QStringLiteral("cat.csv:3"));
    EXPECT_EQ(t.errors[1].location, QStringLiteral("cat.csv:5"));
    EXPECT_TRUE(t.rows.isEmpty());
}

TEST(CsvTable, RejectsUtf16)
{
    CsvTable t = CsvTable::parse(QByteArray("\xFF\xFE" "a\0;\0", 6), QStringLiteral("u16.csv"));
    ASSERT_EQ(t.errors.size(), 1);
    EXPECT_EQ(t.errors[0].code, QStringLiteral("catalogue.csv_encoding"));
}

TEST(CsvTable, ReportsShapeProblems)
{
    CsvTable commas = CsvTable::parse("a,b,c\n1,2,3\n", QStringLiteral("c.csv"));
    ASSERT_FALSE(commas.errors.isEmpty());
    EXPECT_EQ(commas.errors[0].code, QStringLiteral("catalogue.csv_separator"));

    CsvTable count = CsvTable::parse("a;b\n1;2\n1;2;3\n1\n", QStringLiteral("n.csv"));
    ASSERT_EQ(count.errors.size(), 2);
    EXPECT_EQ(count.errors[0].location, QStringLiteral("n.csv:3"));
    EXPECT_EQ(count.errors[1].location, QStringLiteral("n.csv:4"));

    CsvTable quote = CsvTable::parse("a;b\n1;\"open\n", QStringLiteral("q.csv"));
    ASSERT_FALSE(quote.errors.isEmpty());
    EXPECT_EQ(quote.errors.back().code, QStringLiteral("catalogue.csv_syntax"));
    EXPECT_EQ(quote.errors.back().location, QStringLiteral("q.csv:2"));

    EXPECT_EQ(CsvTable::parse("", QStringLiteral("e.csv")).errors.front().code, QStringLiteral("catalogue.csv_empty"));
}

TEST(CsvTable, FormatsRowsThatParseBack)
{
    const QStringList fields = {QStringLiteral("plain"), QStringLiteral("a;b"), QStringLiteral("q\"uote"),
                                QStringLiteral(" padded "), QStringLiteral("multi\nline"), QString()};
    const QByteArray bytes = CsvTable::formatRow({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                                  QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")})
                             + CsvTable::formatRow(fields);
    CsvTable t = CsvTable::parse(bytes, QStringLiteral("r.csv"));
    ASSERT_TRUE(t.errors.isEmpty());
    ASSERT_EQ(t.rows.size(), 1);
    EXPECT_EQ(t.rows[0].fields, fields);
}
