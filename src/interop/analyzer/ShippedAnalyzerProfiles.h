#pragma once

#include "domain/Error.h"
#include "domain/analyzer/AnalyzerProfile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sgl::interop::analyzer {

/**
 * The analyzer profiles shipped with the product: resources/analyzers/<name>.json, embedded in
 * sgl_interop_analyzer as ":/analyzers/<name>.json" (docs/interfaces/analyzer-profiles.md lists
 * them and which trace each one reads).
 *
 * Contract: each file holds one profile object whose `name` is the file name without ".json";
 * the list is sorted by name. A file that does not parse (AnalyzerProfileJson::fromJson), or
 * whose name disagrees with its file, fails the whole call with the JSON error and a location
 * prefixed by the resource path (":/analyzers/x.json: codeMappings[2].testCode"): shipped data
 * are tested, so that only happens to a broken build. Parsed on every call: callers keep the
 * result (the profile store seeds the database from it).
 */
[[nodiscard]] domain::Result<QList<domain::analyzer::AnalyzerProfile>> shippedAnalyzerProfiles();

/** One shipped profile by name; analyzer.profile_invalid naming the name when there is none. */
[[nodiscard]] domain::Result<domain::analyzer::AnalyzerProfile> shippedAnalyzerProfile(const QString &name);

/** The names of the shipped profiles, sorted (from the resource directory, nothing parsed). */
[[nodiscard]] QStringList shippedAnalyzerProfileNames();

} // namespace sgl::interop::analyzer
