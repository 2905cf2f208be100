// Placeholder: filled in by its own change.
#include "graph/Registry.h"
namespace mtl {
void registerSharingTypes(Registry&) {}
}  // namespace mtl
