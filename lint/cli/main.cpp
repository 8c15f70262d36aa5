#include <cstdio>
int main() { std::puts("soat: not yet"); return 0; }
