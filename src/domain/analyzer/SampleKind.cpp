#include "domain/analyzer/SampleKind.h"

namespace sgl::domain::analyzer {

QString sampleKindName(SampleKind kind)
{
    switch (kind) {
    case SampleKind::Unspecified: return QStringLiteral("unspecified");
    case SampleKind::Patient: return QStringLiteral("patient");
    case SampleKind::QualityControl: return QStringLiteral("qc");
    case SampleKind::Calibrator: return QStringLiteral("calibrator");
    case SampleKind::Other: return QStringLiteral("other");
    }
    return QStringLiteral("unspecified");
}

} // namespace sgl::domain::analyzer
