#include "textflag.h"

// func addRowsAVX2(sums []int32, dense []int16, starts []int32)
TEXT ·addRowsAVX2(SB), NOSPLIT, $0-72
	MOVQ sums_base+0(FP), DI
	MOVQ sums_len+8(FP), CX
	MOVQ dense_base+24(FP), SI
	MOVQ starts_base+48(FP), R8
	MOVQ starts_len+56(FP), R9
	TESTQ R9, R9
	JZ done
	TESTQ CX, CX
	JZ done

row:
	MOVLQSX (R8), AX
	LEAQ (SI)(AX*2), BX
	XORQ DX, DX

block:
	VPMOVSXWD (BX)(DX*2), Y0
	VPADDD (DI)(DX*4), Y0, Y0
	VMOVDQU Y0, (DI)(DX*4)
	ADDQ $8, DX
	CMPQ DX, CX
	JB block
	ADDQ $4, R8
	DECQ R9
	JNZ row
	VZEROUPPER

done:
	RET
