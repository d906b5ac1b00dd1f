#pragma once

#include "SoftHsmToken.h"
#include "interop/cps/CpsSettings.h"

#include <gtest/gtest.h>

#include <QString>

#include <memory>

/** The INSi test PKI (made once per process) and a fresh SoftHSM2 token for each test. */
class CardFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    /** Path of a test PKI file ("card.pem"). */
    static QString pki(const char *name);
    /** Puts the PKI pair base(.pem/.key.pem) on the card. */
    void put(const char *base, unsigned char id);
    [[nodiscard]] sgl::interop::cps::CpsSettings settings() const;

    std::unique_ptr<SoftHsmToken> m_token;
};
