#include "domain/catalogue/Catalogue.h"

namespace sgl::domain {

const Chapter *Catalogue::chapter(const QString &code) const
{
    for (const Chapter &c : chapters)
        if (c.code == code)
            return &c;
    return nullptr;
}

const Exam *Catalogue::exam(const QString &code) const
{
    for (const Exam &e : exams)
        if (e.code == code)
            return &e;
    return nullptr;
}

const Analysis *Catalogue::analysis(const QString &localCode) const
{
    for (const Analysis &a : analyses)
        if (a.localCode == localCode)
            return &a;
    return nullptr;
}

const ReflexRule *Catalogue::reflexRule(const QString &code) const
{
    for (const ReflexRule &r : reflexRules)
        if (r.code == code)
            return &r;
    return nullptr;
}

const Exam *Catalogue::examOf(const QString &localCode) const
{
    for (const Exam &e : exams)
        if (e.analysisCodes.contains(localCode))
            return &e;
    return nullptr;
}

const Chapter *Catalogue::topChapter(const QString &chapterCode) const
{
    const Chapter *c = chapter(chapterCode);
    for (int guard = 0; c && !c->parentCode.isEmpty() && guard < 16; ++guard) {
        const Chapter *parent = chapter(c->parentCode);
        if (!parent)
            break;
        c = parent;
    }
    return c;
}

const Bench *Catalogue::bench(const QString &code) const
{
    for (const Bench &b : benches)
        if (b.code == code)
            return &b;
    return nullptr;
}

} // namespace sgl::domain
