// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Profile.h"

// The sample company a newcomer finds on first start: realistic figures for a
// precision-machinery SME in Lanzhou, clearly named as a sample.
namespace srdi {

Profile sampleProfile(int assessmentYear);

} // namespace srdi
