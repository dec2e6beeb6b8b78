"""Passwords (and password stems) attackers try first: the top of public breach lists, keyboard
walks, and Pinyin favourites common in Greater China. Lower case; order is rough popularity."""

_LISTED = """
123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball
abc123 football monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890
michael 654321 superman 1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan
jennifer zxcvbnm asdfgh hunter buster soccer harley batman andrew tigger sunshine iloveyou
2000 charlie robert thomas hockey ranger daniel starwars klaster 112233 george computer
michelle jessica pepper 1111 zxcvbn 555555 11111111 131313 freedom 777777 pass maggie
159753 aaaaaa ginger princess joshua cheese amanda summer love ashley nicole chelsea biteme
matthew access yankees 987654321 dallas austin thunder taylor matrix mobilemail mom monitor
monitoring montana moon moscow william corvette hello martin heather secret merlin diamond
1234qwer gfhjkm hammer silver 222222 88888888 anthony justin test bailey q1w2e3r4t5 patrick
internet scooter orange 11111 golfer cookie richard samantha bigdog guitar jackson whatever
mickey chicken sparky snoopy maverick phoenix camaro peanut morgan welcome falcon cowboy
ferrari samsung andrea smokey steelers joseph mercedes dakota arsenal eagles melissa boomer
booboo spider nascar monster tigers yellow xxxxxx 123123123 gateway marina diablo bulldog
qwer1234 compaq purple hardcore banana junior hannah 123654 porsche lakers iceman money
cowboys 987654 london tennis 999999 ncc1701 coffee scooby 0000 miller boston q1w2e3r4
fuckyou brandon yamaha chester mother forever johnny edward 333333 oliver redsox player
nikita knight fender barney midnight please brandy chicago badboy slayer rangers charles
angel flower bigdaddy rabbit wizard jasper enter rachel chris steven winner adidas victoria
natasha 1q2w3e4r jasmine winter prince panties marine ghbdtn fishing cocacola casper james
232323 raiders 888888 marlboro gandalf asdfasdf crystal 87654321 12344321 golden 8675309
admin administrator root toor changeme default guest user login passw0rd p@ssw0rd pa55word
password1 password12 password123 qwerty123 qwerty1 abc12345 abcd1234 aa123456 a123456
123abc 1q2w3e 1q2w3e4r5t zaq12wsx qazwsxedc asdf1234 asdfghjkl letmein1 welcome1 iloveyou1
monkey1 dragon1 shadow1 sunshine1 princess1 football1 baseball1 superman1 master1 trustno1
azerty qwertz 147258369 147258 159357 741852963 963852741 31415926 3.1415926 19491001
woaini woaini1314 woaini520 aini1314 5201314 520520 1314520 520131 woaiwojia wodemima
mima mima123 zhang123 wang123 wangwei zhangwei liwei wangfang lijing zhangmin liu123
chen123 huang123 zhao123 yang123 wu123 zhou123 xu123 sun123 ma123 zhu123 hu123 guo123 lin123
qq123456 qq5201314 a5201314 woshishui nihao nihao123 nihaoma beijing shanghai shenzhen
guangzhou hongkong taiwan taipei tianya xiaoming xiaohong huanghe changjiang zhongguo china
china123 wodeai baobao baobei laopo laogong 88888 168168 518518 666888 888999 8888888
11223344 12341234 10203040 1234abcd abcdefg abcdef abcde abcdefgh qwertyu qweasd qweasdzxc
asdasd zxczxc qazqaz 123qweasd 1qazxsw2 2wsx3edc poiuytrewq lkjhgfdsa mnbvcxz 0987654321
bitcoin ethereum crypto blockchain wallet metamask satoshi nakamoto hodl tothemoon lambo
pstdesk profitshare token investor treasury merchant taobao alibaba tmall jingdong wechat
weixin alipay amazon shopify lazada shopee temu ebay paypal google facebook apple microsoft
iphone android windows linux ubuntu
"""

COMMON_PASSWORDS: tuple[str, ...] = tuple(dict.fromkeys(_LISTED.split()))
