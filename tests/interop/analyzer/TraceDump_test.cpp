// Development aid: SGL_DUMP_TRACES=1 prints every trace read by the standard profile of its
// protocol (what a profile author needs to see). Skipped otherwise.
#include "TraceDecoding.h"

#include <QDir>

#include <gtest/gtest.h>

#include <iostream>

using namespace sgl::domain::analyzer;
using namespace sgl::tests::analyzer;

TEST(TraceDump, PrintsEveryTraceWhenAsked)
{
    if (qEnvironmentVariableIsEmpty("SGL_DUMP_TRACES"))
        GTEST_SKIP() << "SGL_DUMP_TRACES not set";
    for (const char *sub : {"astm", "hl7"}) {
        const QDir dir(tracesDir() + QLatin1Char('/') + QLatin1String(sub));
        for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
            AnalyzerProfile p = AnalyzerProfile::standard(sub[0] == 'a' ? AnalyzerProtocol::Astm : AnalyzerProtocol::Hl7);
            p.lenientFrameNumbers = file.contains(u"yumizenh500");
            const DecodedTrace t = decodeTrace(readTrace(dir.filePath(file)), p);
            std::cout << "=== " << file.toStdString() << " error=" << t.error.toStdString() << "\n";
            for (const AnalyzerMessage &m : t.messages) {
                std::cout << " msg " << m.messageIndex << " complete=" << m.complete << " sender=" << m.senderName.toStdString()
                          << " problems=" << m.problems.size();
                for (const auto &e : m.problems)
                    std::cout << " [" << e.code.toStdString() << " " << e.location.toStdString() << "]";
                std::cout << "\n";
                for (const AnalyzerResult &r : m.results) {
                    std::cout << "  R spec=" << r.specimenIdComponents.join(u'^').toStdString()
                              << " | inst=" << r.instrumentSpecimenIdComponents.join(u'^').toStdString()
                              << " | pat=" << r.patientIdComponents.join(u'^').toStdString()
                              << " | ord=" << r.orderTestIdComponents.join(u'^').toStdString()
                              << " | test=" << r.testIdComponents.join(u'^').toStdString()
                              << " | val=" << r.valueComponents.join(u'^').toStdString() << " | u=" << r.units.toStdString()
                              << " | fl=" << r.flags.join(u'~').toStdString() << " | kind=" << sampleKindName(r.sampleKind).toStdString()
                              << " | at=" << r.observedAt.toStdString() << "\n";
                }
                for (const AnalyzerQuery &q : m.queries)
                    std::cout << "  Q id=" << q.specimenId.toStdString() << " raw=" << q.rawSpecimenComponents.join(u'^').toStdString()
                              << " tests=" << q.testCodes.join(u'~').toStdString() << "\n";
            }
        }
    }
}
