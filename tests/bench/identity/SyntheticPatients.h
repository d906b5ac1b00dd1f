#pragma once

#include "domain/identity/Patient.h"

#include <QList>
#include <QString>

#include <vector>

/** Deterministic synthetic population (no real person): syllable-built French-like names. */
class SyntheticPatients
{
public:
    /** n patients, same output for the same seed. */
    [[nodiscard]] static std::vector<sgl::domain::Patient> generate(int n, quint32 seed);
    /** A spelling variant of a name a user might type (T/D ending, doubled letter, accents, case). */
    [[nodiscard]] static QString typedVariant(const QString &name, int which);
};
