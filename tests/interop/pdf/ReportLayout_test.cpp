#include "ReportFixtures.h"
#include "interop/pdf/FontProgramCache.h"
#include "interop/pdf/PdfFontProvider.h"
#include "interop/pdf/ReportLayout.h"
#include "interop/pdf/ReportText.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace sgl::interop::pdf;
using namespace sgl::domain;
namespace fx = sgl::interop::pdf::testing;

namespace {

PdfFontProvider &fonts()
{
    static PdfFontProvider provider(fx::layoutOptions().regularFontPath, fx::layoutOptions().boldFontPath);
    static const bool loaded = provider.load().has_value();
    EXPECT_TRUE(loaded);
    return provider;
}

} // namespace

TEST(ReportText, PrintsFrenchLabNotation)
{
    EXPECT_EQ(reporttext::unit(QStringLiteral("10*9/L")), QStringLiteral("G/L"));
    EXPECT_EQ(reporttext::unit(QStringLiteral("umol/L")), QStringLiteral("µmol/L"));
    EXPECT_EQ(reporttext::unit(QStringLiteral("m[IU]/L")), QStringLiteral("mUI/L"));
    EXPECT_EQ(reporttext::unit(QStringLiteral("/uL")), QStringLiteral("/µL"));
    EXPECT_EQ(reporttext::unit(QStringLiteral("{ratio}")), QString());
    EXPECT_EQ(reporttext::unit(QStringLiteral("mL/min/{1.73_m2}")), QStringLiteral("mL/min/"));
    EXPECT_EQ(reporttext::value(ResultValue::numeric(QStringLiteral("5.10"), QStringLiteral("g/L"))), QStringLiteral("5,10"));
    EXPECT_EQ(reporttext::value(ResultValue::numeric(QStringLiteral("500"), QStringLiteral("g/L"), Comparator::Greater)),
              QStringLiteral("> 500"));
    EXPECT_EQ(reporttext::value(ResultValue::numeric(QStringLiteral("0.05"), QStringLiteral("g/L"), Comparator::LessOrEqual)),
              QStringLiteral("≤ 0,05"));
    EXPECT_EQ(reporttext::ranges({ReferenceInterval{QStringLiteral("3.5"), QStringLiteral("5.0"), {}, {}}}),
              QStringLiteral("3,5 – 5,0"));
    EXPECT_EQ(reporttext::ranges({ReferenceInterval{{}, QStringLiteral("5"), {}, {}},
                                  ReferenceInterval{QStringLiteral("60"), {}, {}, {}}}),
              QStringLiteral("≤ 5; ≥ 60"));
    EXPECT_EQ(reporttext::flag(AbnormalFlag::CriticalLow), QStringLiteral("BB"));
    EXPECT_EQ(reporttext::flag(AbnormalFlag::Normal), QString());
    EXPECT_EQ(reporttext::flag(std::nullopt), QString());
    EXPECT_EQ(reporttext::insGrouped(fx::qualifiedPatient().ins), QStringLiteral("1 85 05 75 123 456 73"));
    EXPECT_EQ(reporttext::insNature(QStringLiteral("1.2.250.1.213.1.4.10")), QStringLiteral("NIR de test"));
    IdentityTraits partial;
    partial.birthDateRaw = QStringLiteral("1970-00-00");
    EXPECT_EQ(reporttext::birthDate(partial), QStringLiteral("00/00/1970"));
    IdentityTraits full;
    full.birthDate = QDate(1815, 12, 10);
    EXPECT_EQ(reporttext::birthDate(full), QStringLiteral("10/12/1815"));
    EXPECT_EQ(reporttext::birthDate(IdentityTraits{}), QString());
}

TEST(ReportLayout, WrapsLongTextAndCutsOverlongWords)
{
    const PdfLayoutOptions options = fx::layoutOptions();
    const ReportContent content = fx::report(1);
    ReportLayout layout(options, fonts(), content, nullptr);
    const QString word(80, QLatin1Char('W'));
    const QStringList lines = layout.wrap(FontStyle::Regular, 9, QStringLiteral("a b ") + word + QStringLiteral(" c"), 100);
    ASSERT_GE(lines.size(), 3);
    for (const QString &l : lines)
        EXPECT_LE(fonts().width(FontStyle::Regular, 9, l), 100.0) << l.toStdString();
    EXPECT_EQ(lines.join(QString()).remove(QLatin1Char(' ')), QStringLiteral("ab") + word + QStringLiteral("c"));
    EXPECT_EQ(layout.wrap(FontStyle::Regular, 9, QStringLiteral("un\ndeux"), 300),
              (QStringList{QStringLiteral("un"), QStringLiteral("deux")}));
}

TEST(ReportLayout, EverythingStaysInsideThePrintableArea)
{
    ReportContent content = fx::report(60);
    content.generalComment = QString(40, QLatin1Char(' ')).replace(QLatin1Char(' '), QStringLiteral("commentaire très long "));
    content.chapters[0].batteries[0].observations[0].label =
        QStringLiteral("Libellé d'analyse exceptionnellement long qui doit passer à la ligne dans sa colonne");
    content.chapters[0].batteries[0].observations[0].comment = QString(30, QLatin1Char('x')) + QStringLiteral(" fin");
    auto symbol = std::make_shared<DataMatrixSymbol>();
    symbol->rows = symbol->columns = 36;
    symbol->modules.assign(36 * 36, true);
    ReportLayout layout(fx::layoutOptions(), fonts(), content, symbol);
    const auto pages = layout.layout();
    ASSERT_GE(pages.size(), 3u);
    for (std::size_t p = 0; p < pages.size(); ++p) {
        int matrices = 0;
        for (const auto &op : pages[p].ops) {
            if (const auto *t = std::get_if<TextOp>(&op)) {
                const double w = fonts().width(t->font, t->size, t->text);
                EXPECT_GE(t->x, ReportLayout::Margin - 0.01) << t->text.toStdString();
                EXPECT_LE(t->x + w, ReportLayout::PageWidth - ReportLayout::Margin + 0.5) << "page " << p + 1 << ": " << t->text.toStdString();
                EXPECT_GE(t->y, 30.0) << t->text.toStdString();
                EXPECT_LE(t->y, ReportLayout::PageHeight - ReportLayout::Margin) << t->text.toStdString();
            }
            if (std::holds_alternative<DataMatrixOp>(op))
                ++matrices;
        }
        EXPECT_EQ(matrices, 1) << "one DataMatrix on page " << p + 1;
    }
}

TEST(ReportLayout, LongNamesNeverRunIntoTheDataMatrixOrThePageNumber)
{
    PdfLayoutOptions options = fx::layoutOptions();
    options.letterhead.labName = QStringLiteral("Laboratoire de biologie médicale multisite du Grand Est et de la Bourgogne-Franche-Comté");
    ReportContent content = fx::report(30);
    content.patient.traits.usedName = QStringLiteral("DE LA TOUR D'AUVERGNE-LAURAGUAIS-MONTMORENCY-LAVAL");
    content.patient.traits.usedFirstName = QStringLiteral("Marie-Amélie-Joséphine-Henriette");
    content.prescriber->familyName = QStringLiteral("Castelnau-Montmirail-Saint-Hilaire-du-Harcouët");
    content.chapters[0].batteries[0].observations[0].value.unit = QStringLiteral("mL/min/1.73m2 (CKD-EPI 2021)");
    content.chapters[0].batteries[0].observations[0].previous->value.number = QStringLiteral("123456789.123456");
    auto symbol = std::make_shared<DataMatrixSymbol>();
    symbol->rows = symbol->columns = 36;
    symbol->modules.assign(36 * 36, true);
    ReportLayout layout(options, fonts(), content, symbol);
    const auto pages = layout.layout();
    for (std::size_t p = 0; p < pages.size(); ++p) {
        double matrixLeft = 1e9;
        double matrixBottom = 0;
        for (const auto &op : pages[p].ops)
            if (const auto *m = std::get_if<DataMatrixOp>(&op)) {
                matrixLeft = m->x;
                matrixBottom = m->y;
            }
        double pageNumberLeft = 1e9;
        for (const auto &op : pages[p].ops)
            if (const auto *t = std::get_if<TextOp>(&op); t && t->text.startsWith(QStringLiteral("Page ")))
                pageNumberLeft = t->x;
        ASSERT_LT(pageNumberLeft, 1e9) << "page number on page " << p + 1;
        for (const auto &op : pages[p].ops) {
            const auto *t = std::get_if<TextOp>(&op);
            if (!t)
                continue;
            const double right = t->x + fonts().width(t->font, t->size, t->text);
            if (t->y > matrixBottom && t->y < matrixBottom + ReportLayout::DataMatrixSize && t->x < matrixLeft) {
                EXPECT_LE(right, matrixLeft) << "page " << p + 1 << " overlaps the DataMatrix: " << t->text.toStdString();
            }
            for (const auto &op2 : pages[p].ops) // table cells on one baseline do not overlap
                if (const auto *u = std::get_if<TextOp>(&op2); u && u != t && std::abs(u->y - t->y) < 0.1 && u->x > t->x
                    && t->y < matrixBottom - 20) {
                    EXPECT_LE(right, u->x + 0.5) << "page " << p + 1 << ": « " << t->text.toStdString()
                                                 << " » runs into « " << u->text.toStdString() << " »";
                }
            if (std::abs(t->y - 34) < 0.1 && t->x < pageNumberLeft) {
                EXPECT_LE(right, pageNumberLeft) << "footer runs into the page number: " << t->text.toStdString();
            }
            EXPECT_LE(right, ReportLayout::PageWidth - ReportLayout::Margin + 0.5) << t->text.toStdString();
        }
    }
}

TEST(FontProgramCache, ReusesTheSubsetForTheSameCharacters)
{
    FontProgramCache cache(2);
    const QSet<char32_t> abc{U'a', U'b', U'c', U'é'};
    auto first = cache.get(fonts(), FontStyle::Regular, abc, true);
    auto again = cache.get(fonts(), FontStyle::Regular, abc, true);
    ASSERT_TRUE(first && again);
    EXPECT_EQ(first->get(), again->get());
    EXPECT_EQ(cache.hits(), 1);
    EXPECT_TRUE((*first)->subsetTag.endsWith('+'));
    EXPECT_EQ((*first)->subsetTag.size(), 7);
    EXPECT_LT((*first)->font.size(), 10000);
    EXPECT_GE((*first)->glyphCount, 5) << ".notdef + 4 characters (+ accent components)";
    // `deflated` is a bare zlib stream (FlateDecode): Qt inflates it once given its size prefix.
    const auto size = static_cast<quint32>((*first)->font.size());
    QByteArray prefixed;
    for (int shift : {24, 16, 8, 0})
        prefixed += static_cast<char>((size >> shift) & 0xff);
    EXPECT_EQ(qUncompress(prefixed + (*first)->deflated), (*first)->font);
    // Bold and other characters are different entries; capacity 2 evicts the oldest.
    ASSERT_TRUE(cache.get(fonts(), FontStyle::Bold, abc, true));
    ASSERT_TRUE(cache.get(fonts(), FontStyle::Regular, QSet<char32_t>{U'z'}, true));
    ASSERT_TRUE(cache.get(fonts(), FontStyle::Regular, abc, true));
    EXPECT_EQ(cache.misses(), 4);
}
