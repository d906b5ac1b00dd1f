// The fuzz entry points run in every normal build (no clang needed) over the seed corpus: every
// trace of shared/analyzer-traces, whole, cut at many points, and with bytes flipped.
#include "FuzzEntryPoints.h"

#include <QDirIterator>
#include <QFile>

#include <gtest/gtest.h>

namespace {

using Entry = int (*)(const std::uint8_t *, std::size_t);

QList<QByteArray> seeds(const QString &dir, const QStringList &patterns)
{
    QList<QByteArray> out;
    QDirIterator it(dir, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            out << f.readAll();
    }
    return out;
}

int runAll(Entry entry, const QList<QByteArray> &corpus)
{
    int runs = 0;
    for (const QByteArray &seed : corpus) {
        const auto *d = reinterpret_cast<const std::uint8_t *>(seed.constData());
        const auto n = static_cast<std::size_t>(seed.size());
        EXPECT_EQ(entry(d, n), 0);
        const std::size_t stride = std::max<std::size_t>(1, n / 64);
        for (std::size_t cut = 0; cut < n; cut += stride) {
            entry(d, cut);
            QByteArray flipped = seed;
            flipped[static_cast<qsizetype>(cut)] = static_cast<char>(flipped[static_cast<qsizetype>(cut)] ^ 0x5A);
            entry(reinterpret_cast<const std::uint8_t *>(flipped.constData()), n);
            runs += 2;
        }
    }
    return runs;
}

} // namespace

TEST(FuzzCorpus, EntryPointsSurviveTheTracesAndTheirMutations)
{
    const QString dir = QStringLiteral(SGL_SHARED_DIR "/analyzer-traces");
    if (!QFile::exists(dir))
        GTEST_SKIP() << "corpus absent (../shared non disponible) : " << dir.toStdString();
    const QList<QByteArray> astm = seeds(dir + QStringLiteral("/astm"), {QStringLiteral("*.astm")});
    const QList<QByteArray> hl7 = seeds(dir + QStringLiteral("/hl7"), {QStringLiteral("*.hl7")});
    ASSERT_EQ(astm.size(), 34);
    ASSERT_EQ(hl7.size(), 7);
    QList<QByteArray> mllp;
    for (const QByteArray &m : hl7)
        mllp << QByteArray("\x0B") + m + "\x1C\x0D";
    EXPECT_GT(runAll(sgl::fuzz::e1381, astm), 2000);
    EXPECT_GT(runAll(sgl::fuzz::e1394, astm), 2000);
    EXPECT_GT(runAll(sgl::fuzz::hl7, hl7), 400);
    EXPECT_GT(runAll(sgl::fuzz::mllp, mllp), 400);
}

TEST(FuzzCorpus, RegressionInputsStayFixed)
{
    // Inputs found by the fuzzers (tests/fuzz/regressions/<target>/): replayed forever.
    const QString root = QStringLiteral(SGL_SOURCE_DIR "/tests/fuzz/regressions");
    const struct { const char *target; Entry entry; } targets[] = {
        {"e1381", sgl::fuzz::e1381}, {"e1394", sgl::fuzz::e1394}, {"hl7", sgl::fuzz::hl7}, {"mllp", sgl::fuzz::mllp}};
    for (const auto &t : targets) {
        for (const QByteArray &input : seeds(root + u'/' + QString::fromLatin1(t.target), {QStringLiteral("*")}))
            EXPECT_EQ(t.entry(reinterpret_cast<const std::uint8_t *>(input.constData()),
                              static_cast<std::size_t>(input.size())), 0);
    }
}
