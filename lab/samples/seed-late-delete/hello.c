#include <stdio.h>

int main(void) {
  puts("hello from C, built in the image");
  return 0;
}
