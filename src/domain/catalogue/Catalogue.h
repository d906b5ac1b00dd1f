#pragma once

#include "domain/catalogue/Analysis.h"
#include "domain/catalogue/Bench.h"
#include "domain/catalogue/Chapter.h"
#include "domain/catalogue/Exam.h"
#include "domain/catalogue/ReflexRule.h"

#include <QList>

namespace sgl::domain {

/**
 * The whole exam catalogue (or one imported file of it): chapters, exams, analyses, reflex rules.
 * Retired exams and analyses stay in it (old results and history resolve them); the editors and
 * exports skip them.
 * A plain value; lookups are linear-time helpers over small lists, callers needing many
 * lookups build their own hash.
 */
struct Catalogue {
    QList<Chapter> chapters;
    QList<Exam> exams;
    QList<Analysis> analyses;
    QList<ReflexRule> reflexRules;
    QList<Bench> benches;

    [[nodiscard]] const Chapter *chapter(const QString &code) const;
    [[nodiscard]] const Exam *exam(const QString &code) const;
    [[nodiscard]] const Analysis *analysis(const QString &localCode) const;
    [[nodiscard]] const ReflexRule *reflexRule(const QString &code) const;
    [[nodiscard]] const Bench *bench(const QString &code) const;
    /** The exam listing `localCode` first (its primary exam), nullptr if none. */
    [[nodiscard]] const Exam *examOf(const QString &localCode) const;
    /** The top chapter (CR-BIO level-1 section) of a chapter or sub-chapter. */
    [[nodiscard]] const Chapter *topChapter(const QString &chapterCode) const;
};

} // namespace sgl::domain
